"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, FieldHint, useFieldWiring } from "@/components/ui/field-wiring";

export type BatchChoice = { id: string; label: string };

interface Props {
  /** Carried by the first radio, so the error summary's link lands on the group. */
  id: string;
  legend: string;
  hint: string;
  batches: BatchChoice[];
  defaultValue: string;
  error?: string;
  inputProps: UseFormRegisterReturn;
}

/** The usable batches as large radio rows: one tap anywhere on a row chooses it. */
export function BatchPicker({ id, legend, hint, batches, defaultValue, error, inputProps }: Props) {
  const { fieldId, hintId, errorId, errorText, aria } = useFieldWiring({ id, hint, error });
  return (
    <fieldset aria-describedby={aria["aria-describedby"]} className="flex flex-col gap-2">
      <legend className="text-xl font-semibold text-slate-900">{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} text={errorText} />
      {batches.map((batch, index) => {
        const radioId = index === 0 ? fieldId : `${fieldId}-${batch.id}`;
        return (
          <label
            key={batch.id}
            htmlFor={radioId}
            className="flex min-h-14 cursor-pointer items-center gap-4 rounded-md border-2 border-slate-300 bg-white px-4 py-3 text-lg has-checked:border-brand-700 has-checked:bg-brand-50"
          >
            <input {...inputProps} id={radioId} type="radio" value={batch.id} defaultChecked={defaultValue === batch.id} className="size-6 shrink-0 accent-brand-700" />
            <span>{batch.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
