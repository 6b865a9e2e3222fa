import type { ComponentPropsWithRef, ReactNode } from "react";
import { controlClassName, FieldFrame, useFieldWiring } from "./field-wiring";

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
    <FieldFrame {...{ fieldId, label, hintId, hint, errorId, errorText, containerClassName }}>
      <select {...select} id={fieldId} {...aria} className={controlClassName(errorText, className)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
