import { useId, type ReactNode } from "react";

export type SelectOption = { value: string; label: string };

/** A labelled native select: works without JavaScript and on every phone. */
export function SelectField({ label, name, options, defaultValue, placeholder, required }: {
  label: ReactNode;
  name: string;
  options: readonly SelectOption[];
  defaultValue?: string;
  /** First, empty option ("any …"). */
  placeholder?: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
