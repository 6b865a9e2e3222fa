"use client";

import type { ComponentPropsWithRef } from "react";
import { buttonClassName, type ButtonVariant } from "./button-styles";
import { Spinner } from "./spinner";

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  /** Shows a spinner, sets aria-busy and ignores clicks, e.g. `pending={useFormStatus().pending}`. */
  pending?: boolean;
};

/**
 * While pending the button stays focusable (aria-disabled, not disabled) so a
 * keyboard or screen-reader user does not lose their place; clicks and implicit
 * Enter submissions are cancelled instead. `type` defaults to "button": pass
 * `type="submit"` for a form's submit button.
 */
export function Button({
  variant = "primary",
  pending = false,
  type = "button",
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClassName(variant, className)}
      aria-busy={pending || undefined}
      aria-disabled={pending || rest["aria-disabled"] || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {pending ? <Spinner /> : null}
      {children}
    </button>
  );
}
