import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldError, FieldHint, useFieldWiring } from "./field-wiring";
import type { SelectOption } from "./select-field";

export type RadioGroupProps = {
  /** Carried by the first radio, so an error summary's link lands on the group. */
  id?: string;
  legend: ReactNode;
  name: string;
  options: readonly SelectOption[];
  /** Server-rendered choice, so a no-JavaScript resubmit keeps it. */
  defaultValue?: string;
  hint?: ReactNode;
  error?: string | readonly string[];
  /** Spread onto every radio, e.g. react-hook-form's `register(name)`. */
  inputProps?: Omit<ComponentPropsWithRef<"input">, "type" | "value" | "id">;
  className?: string;
};

/** A fieldset of radios with its legend; hint and error are announced with the group. */
export function RadioGroup({ id, legend, name, options, defaultValue, hint, error, inputProps, className }: RadioGroupProps) {
  const { fieldId: groupId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });

  return (
    <fieldset aria-describedby={aria["aria-describedby"]} className={["flex flex-col gap-1", className].filter(Boolean).join(" ")}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} text={errorText} />
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((option, index) => {
          const id = index === 0 ? groupId : `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex min-h-11 items-center gap-2">
              <input
                name={name}
                {...inputProps}
                id={id}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
                className="size-5 accent-brand-700"
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
