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
