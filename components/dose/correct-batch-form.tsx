"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { BatchPicker, type BatchChoice } from "@/components/vaccinate/batch-picker";
import { initialFormState } from "@/lib/forms/form-state";
import { correctDoseBatchAction } from "@/lib/vaccination/dose-actions";

type CorrectValues = { sessionId: string; doseId: string; batchId: string };

const loadSchema = () => import("@/lib/vaccination/dose-schemas").then((schemas) => schemas.correctBatchFormSchema);

/** Moves a dose given today to the batch it really came from; the batches offered are the usable others. */
export function CorrectBatchForm({ sessionId, doseId, batches, hint }: { sessionId: string; doseId: string; batches: BatchChoice[]; hint: string }) {
  const t = useTranslations("dose.correct");
  const [state, formAction, pending] = useActionState(correctDoseBatchAction, initialFormState);
  const values: CorrectValues = { sessionId, doseId, batchId: state.values?.batchId ?? "" };
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "correct");
  const { register } = form;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(["batchId"])} />
      <input type="hidden" {...register("sessionId")} defaultValue={sessionId} />
      <input type="hidden" {...register("doseId")} defaultValue={doseId} />
      <BatchPicker legend={t("legend")} hint={hint} batches={batches} defaultValue={values.batchId} {...field("batchId")} inputProps={register("batchId")} />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
