import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<ComponentPropsWithRef<"select">, "children"> & {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Shown first with an empty value, so nothing is chosen by accident. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | readonly string[];
  containerClassName?: string;
};

/** Labelled native select (works without JavaScript, best on phones) wired like `TextField`. */
export function SelectField({ label, options, placeholder, hint, error, id, className, containerClassName, ...select }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const hintId = `${selectId}-hint`;
  const errorId = `${selectId}-error`;
  const errorText = typeof error === "string" ? error : error?.[0];
  const describedBy = [hint ? hintId : null, errorText ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={["flex flex-col gap-1", containerClassName].filter(Boolean).join(" ")}>
      <label htmlFor={selectId} className="font-semibold text-slate-900">
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
      <select
        {...select}
        id={selectId}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        className={[
          "min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900",
          errorText ? "border-2 border-danger-700" : "border-slate-500",
          className,
        ]
          .filter(Boolean)
          .join(" ")}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
