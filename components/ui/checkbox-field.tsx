import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

export type CheckboxFieldProps = Omit<ComponentPropsWithRef<"input">, "type" | "children"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[];
};

/** A checkbox with its label beside it (the whole row is the target); hint and error linked by aria-describedby. */
export function CheckboxField({ label, hint, error, id, className, ...input }: CheckboxFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const errorText = typeof error === "string" ? error : error?.[0];
  const describedBy = [hint ? hintId : null, errorText ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={["flex flex-col gap-1", className].filter(Boolean).join(" ")}>
      {errorText ? (
        <p id={errorId} className="text-sm font-semibold text-danger-700">
          {errorText}
        </p>
      ) : null}
      <div className="flex min-h-11 items-start gap-3">
        <input
          {...input}
          id={inputId}
          type="checkbox"
          aria-invalid={errorText ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div className="flex flex-col">
          <label htmlFor={inputId} className="font-semibold text-slate-900">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-sm text-slate-600">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
