import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldError, FieldHint, useFieldWiring } from "./field-wiring";

/** `lang` marks an option whose label is in another language than the page (e.g. data stored in English). */
export type SelectOption = { value: string; label: string; lang?: string };

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
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });

  return (
    <div className={["flex flex-col gap-1", containerClassName].filter(Boolean).join(" ")}>
      <label htmlFor={fieldId} className="font-semibold text-slate-900">
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} text={errorText} />
      <select
        {...select}
        id={fieldId}
        {...aria}
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
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
