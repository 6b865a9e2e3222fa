import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldError, FieldHint, useFieldWiring } from "./field-wiring";

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
    <div className={["flex flex-col gap-1", containerClassName].filter(Boolean).join(" ")}>
      <label htmlFor={fieldId} className="font-semibold text-slate-900">
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} text={errorText} />
      <input
        {...input}
        id={fieldId}
        {...aria}
        className={[
          "min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900",
          "placeholder:text-slate-500 disabled:bg-slate-100",
          errorText ? "border-2 border-danger-700" : "border-slate-500",
          className,
        ]
          .filter(Boolean)
          .join(" ")}
      />
    </div>
  );
}
