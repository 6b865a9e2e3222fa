"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { recordAdverseEventAction } from "@/lib/vaccination/dose-actions";

type AdverseEventValues = { sessionId: string; doseId: string; severity: string; onsetOn: string; notes: string };

const fieldOrder = ["severity", "onsetOn", "notes"] as const;
const loadSchema = () => import("@/lib/vaccination/dose-schemas").then((schemas) => schemas.adverseEventFormSchema);

/** Records an adverse event following immunization against this dose: severity, onset (from the dose's day to today), notes. */
export function AdverseEventForm({ sessionId, doseId, givenOn, today, severities }: {
  sessionId: string;
  doseId: string;
  givenOn: string;
  today: string;
  /** The severities the schema knows, handed down so this form does not load zod before it is used. */
  severities: readonly string[];
}) {
  const t = useTranslations("dose.aefi");
  const [state, formAction, pending] = useActionState(recordAdverseEventAction, initialFormState);
  const echoed = state.values ?? {};
  const values: AdverseEventValues = { sessionId, doseId, severity: echoed.severity ?? "", onsetOn: echoed.onsetOn ?? today, notes: echoed.notes ?? "" };
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "aefi");
  const { register } = form;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(fieldOrder)} />
      <input type="hidden" {...register("sessionId")} defaultValue={sessionId} />
      <input type="hidden" {...register("doseId")} defaultValue={doseId} />
      <RadioGroup
        legend={t("severity")}
        hint={t("severityHint")}
        name="severity"
        options={severities.map((severity) => ({ value: severity, label: t(`severities.${severity}`) }))}
        defaultValue={values.severity}
        {...field("severity")}
        inputProps={register("severity")}
      />
      <TextField
        type="date"
        label={t("onsetOn")}
        hint={t("onsetHint")}
        min={givenOn}
        max={today}
        defaultValue={values.onsetOn}
        containerClassName="max-w-60"
        {...field("onsetOn")}
        {...register("onsetOn")}
      />
      <TextArea label={t("notes")} hint={t("notesHint")} maxLength={1000} defaultValue={values.notes} {...field("notes")} {...register("notes")} />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
