import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

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
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const errorText = typeof error === "string" ? error : error?.[0];
  const describedBy =
    [hint ? hintId : null, errorText ? errorId : null, extraDescribedBy].filter(Boolean).join(" ") ||
    undefined;

  return (
    <div className={["flex flex-col gap-1", containerClassName].filter(Boolean).join(" ")}>
      <label htmlFor={inputId} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={errorId} className="text-sm font-semibold text-danger-700">
          {errorText}
        </p>
      ) : null}
      <input
        {...input}
        id={inputId}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
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
