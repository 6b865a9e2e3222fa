"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { revokeCertificateAction } from "@/lib/certificates/actions";
import { initialFormState } from "@/lib/forms/form-state";

type RevokeValues = { certificateId: string; reason: string };

const fieldOrder = ["certificateId", "reason"] as const;
const loadSchema = () => import("@/lib/certificates/schemas").then((schemas) => schemas.revokeSchema);

/** Revokes one certificate by its id, with the reason the audit keeps. */
export function RevokeForm() {
  const t = useTranslations("certificates.revoke");
  const [state, formAction, pending] = useActionState(revokeCertificateAction, initialFormState);
  const echoed = state.ok ? {} : (state.values ?? {});
  const values: RevokeValues = { certificateId: echoed.certificateId ?? "", reason: echoed.reason ?? "" };
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "revoke");
  const { register } = form;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(fieldOrder)} />
      <FormMessage variant="success">{state.ok ? state.message : null}</FormMessage>
      <TextField label={t("certificateId")} hint={t("certificateIdHint")} autoComplete="off" spellCheck={false} defaultValue={values.certificateId} {...field("certificateId")} {...register("certificateId")} />
      <TextField label={t("reason")} hint={t("reasonHint")} maxLength={200} defaultValue={values.reason} {...field("reason")} {...register("reason")} />
      <Button type="submit" variant="danger" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
