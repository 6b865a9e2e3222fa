import type { ComponentPropsWithRef } from "react";
import { FieldFrame, useFieldWiring } from "@/components/ui/field-wiring";

type Props = Omit<ComponentPropsWithRef<"input">, "children" | "className"> & { label: string; hint: string; error?: string };

/**
 * The 4-digit security code: the numeric keypad on a tablet, digits large enough to check at arm's length.
 * Wired like TextField (label, hint, error), with its own box so the large type is not overridden.
 */
export function CodeField({ label, hint, error, id, ...input }: Props) {
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });
  return (
    <FieldFrame {...{ fieldId, label: <span className="text-xl">{label}</span>, hintId, hint, errorId, errorText }}>
      <input
        {...input}
        id={fieldId}
        {...aria}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={4}
        autoComplete="off"
        enterKeyHint="done"
        className={`min-h-16 w-48 rounded-md bg-white px-4 font-mono text-3xl tracking-[0.4em] text-slate-900 ${errorText ? "border-4 border-danger-700" : "border-2 border-slate-500"}`}
      />
    </FieldFrame>
  );
}
