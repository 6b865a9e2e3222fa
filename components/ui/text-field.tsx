import type { ComponentPropsWithRef, ReactNode } from "react";
import { controlClassName, FieldFrame, useFieldWiring } from "./field-wiring";

export type TextFieldProps = Omit<ComponentPropsWithRef<"input">, "children"> & {
  label: ReactNode;
  /** Help shown under the label, announced with the input. */
  hint?: ReactNode;
  /** Validation message(s); the first is shown. Accepts an action's `fieldErrors[name]`. */
  error?: string | readonly string[];
  /** Classes for the wrapping element (the input keeps its own styles plus `className`). */
  containerClassName?: string;
};

/**
 * Labelled input with hint and error wired through aria-describedby / aria-invalid.
 * Spread react-hook-form's `register("name")` onto it (ref is a prop in React 19),
 * or use `name` + `defaultValue` in a plain server-action form.
 */
export function TextField({
  label,
  hint,
  error,
  id,
  className,
  containerClassName,
  "aria-describedby": extraDescribedBy,
  ...input
}: TextFieldProps) {
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error, describedBy: extraDescribedBy });

  return (
    <FieldFrame {...{ fieldId, label, hintId, hint, errorId, errorText, containerClassName }}>
      <input {...input} id={fieldId} {...aria} className={controlClassName(errorText, "placeholder:text-slate-500 disabled:bg-slate-100", className)} />
    </FieldFrame>
  );
}
