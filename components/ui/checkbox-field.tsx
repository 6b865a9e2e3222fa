import type { ComponentPropsWithRef, ReactNode } from "react";
import { FieldError, FieldHint, useFieldWiring } from "./field-wiring";

export type CheckboxFieldProps = Omit<ComponentPropsWithRef<"input">, "type" | "children"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[];
};

/** A checkbox with its label beside it (the whole row is the target); hint and error linked by aria-describedby. */
export function CheckboxField({ label, hint, error, id, className, ...input }: CheckboxFieldProps) {
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });

  return (
    <div className={["flex flex-col gap-1", className].filter(Boolean).join(" ")}>
      <FieldError id={errorId} text={errorText} />
      <div className="flex min-h-11 items-start gap-3">
        <input
          {...input}
          id={fieldId}
          type="checkbox"
          {...aria}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div className="flex flex-col">
          <label htmlFor={fieldId} className="font-semibold text-slate-900">
            {label}
          </label>
          <FieldHint id={hintId} hint={hint} />
        </div>
      </div>
    </div>
  );
}
