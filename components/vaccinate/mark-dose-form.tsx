"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FocusOnArrival } from "@/components/centres/focus-on-arrival";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { initialFormState } from "@/lib/forms/form-state";
import { markDoseAction } from "@/lib/vaccination/actions";
import { BatchPicker, type BatchChoice } from "./batch-picker";
import { CodeField } from "./code-field";

const loadSchema = () => import("@/lib/vaccination/mark-form").then((schemas) => schemas.markDoseFormSchema);

interface Props {
  sessionId: string;
  appointmentId: string;
  /** Made when the page rendered: a double tap or a retried post carries the same key and records once. */
  idempotencyKey: string;
  /** False for a walk-in registered here. */
  codeRequired: boolean;
  batches: BatchChoice[];
}

/**
 * Security code (numeric keypad, 4 digits), batch (the first to expire chosen), Confirm. Works without
 * JavaScript; with it, checked first and pending while saving. A wrong code clears the field and says how
 * many tries are left.
 */
export function MarkDoseForm({ sessionId, appointmentId, idempotencyKey, codeRequired, batches }: Props) {
  const t = useTranslations("vaccinate.verify");
  const [state, formAction, pending] = useActionState(markDoseAction, initialFormState);
  const chosenBatch = state.values?.batchId ?? batches[0]?.id ?? "";
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(
    loadSchema,
    formAction,
    state,
    // The hidden fields are form values too: the schema checks the whole post.
    { sessionId, appointmentId, idempotencyKey, codeRequired: codeRequired ? "1" : "", securityCode: "", batchId: chosenBatch },
    "mark",
  );
  const wrongCode = state.fieldErrors?.securityCode;

  useEffect(() => {
    if (wrongCode) form.setValue("securityCode", "");
  }, [wrongCode, form]);

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6">
      <ErrorSummary {...summary(["securityCode", "batchId"])} />
      {/* Server-rendered values too, so the form posts them without JavaScript. */}
      <input type="hidden" {...form.register("sessionId")} defaultValue={sessionId} />
      <input type="hidden" {...form.register("appointmentId")} defaultValue={appointmentId} />
      <input type="hidden" {...form.register("idempotencyKey")} defaultValue={idempotencyKey} />
      <input type="hidden" {...form.register("codeRequired")} defaultValue={codeRequired ? "1" : ""} />
      {codeRequired ? (
        <>
          <CodeField label={t("code")} hint={t("codeHint")} {...field("securityCode")} {...form.register("securityCode")} />
          <FocusOnArrival id="mark-securityCode" />
        </>
      ) : (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-lg">{t("walkIn")}</p>
      )}
      <BatchPicker legend={t("batch")} hint={t("batchHint")} batches={batches} defaultValue={chosenBatch} {...field("batchId")} inputProps={form.register("batchId")} />
      <Button type="submit" pending={pending} className="min-h-16 px-8 text-xl">
        {pending ? t("pending") : t("confirm")}
      </Button>
    </form>
  );
}
