import { useId, type ReactNode } from "react";

interface Wiring {
  id?: string;
  hint?: ReactNode;
  error?: string | readonly string[];
  /** Ids of further descriptions the caller links itself. */
  describedBy?: string;
}

/** The ids and aria values that tie a field to its hint and error, shared by every form control. */
export function useFieldWiring({ id, hint, error, describedBy }: Wiring) {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const errorText = typeof error === "string" ? error : error?.[0];
  return {
    fieldId,
    hintId,
    errorId,
    errorText,
    aria: {
      "aria-invalid": errorText ? true : undefined,
      "aria-describedby": [hint ? hintId : null, errorText ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined,
    },
  };
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="text-sm font-semibold text-danger-700">
      {text}
    </p>
  ) : null;
}

interface FieldFrameProps {
  fieldId: string;
  label: ReactNode;
  hintId: string;
  hint?: ReactNode;
  errorId: string;
  errorText?: string;
  containerClassName?: string;
  children: ReactNode;
}

/** Label, hint and error above a single control, in the order GOV.UK puts them. */
export function FieldFrame({ fieldId, label, hintId, hint, errorId, errorText, containerClassName, children }: FieldFrameProps) {
  return (
    <div className={["flex flex-col gap-1", containerClassName].filter(Boolean).join(" ")}>
      <label htmlFor={fieldId} className="font-semibold text-slate-900">
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} text={errorText} />
      {children}
    </div>
  );
}

/** The box every single-line control shares; an error thickens and colours its border. */
export function controlClassName(errorText: string | undefined, ...extra: (string | undefined)[]): string {
  return [
    "min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900",
    errorText ? "border-2 border-danger-700" : "border-slate-500",
    ...extra,
  ]
    .filter(Boolean)
    .join(" ");
}
