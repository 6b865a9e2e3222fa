"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback, useState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { sendCertificateCode, verifyCertificateCode } from "@/lib/certificates/find-actions";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const loadReferenceSchema = () => import("@/lib/certificates/schemas").then((schemas) => schemas.findByReferenceSchema);

/** Reference ID → a code to the registered mobile → signed in on the family page, where the certificates are. */
export function FindCertificate({ codeLength }: { codeLength: number }) {
  const t = useTranslations("certificates.find");
  const [sendState, sendAction, sending] = useActionState(sendCertificateCode, initialFormState);
  const [verifyState, verifyAction, verifying] = useActionState(verifyCertificateCode, initialFormState);
  const [latest, setLatest] = useState<"send" | "verify">("send");
  const [restarted, setRestarted] = useState(false);
  const current = latest === "verify" && verifyState !== initialFormState ? verifyState : sendState;
  const referenceId = current.data?.step === "code" && !restarted ? String(current.data.referenceId) : undefined;

  if (!referenceId) {
    return (
      <div onSubmitCapture={() => (setLatest("send"), setRestarted(false))}>
        <ReferenceStep state={sendState} formAction={sendAction} pending={sending} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FormMessage variant="success">{t("sent", { referenceId })}</FormMessage>
      {current.message && !current.ok ? <FormMessage variant="error">{current.message}</FormMessage> : null}
      <div onSubmitCapture={() => setLatest("verify")}>
        <CodeStep referenceId={referenceId} codeLength={codeLength} state={latest === "verify" ? verifyState : initialFormState} formAction={verifyAction} pending={verifying} />
      </div>
      <Button variant="secondary" onClick={() => setRestarted(true)}>
        {t("another")}
      </Button>
    </div>
  );
}

function ReferenceStep({ state, formAction, pending }: { state: FormState; formAction: (formData: FormData) => void; pending: boolean }) {
  const t = useTranslations("certificates.find");
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadReferenceSchema, formAction, state, { referenceId: state.values?.referenceId ?? "" }, "find-certificate");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4">
      <ErrorSummary {...summary(["referenceId"])} />
      <TextField label={t("referenceId")} hint={t("referenceIdHint")} inputMode="numeric" autoComplete="off" defaultValue={state.values?.referenceId ?? ""} {...field("referenceId")} {...form.register("referenceId")} />
      <Button type="submit" pending={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}

function CodeStep({ referenceId, codeLength, state, formAction, pending }: { referenceId: string; codeLength: number; state: FormState; formAction: (formData: FormData) => void; pending: boolean }) {
  const t = useTranslations("certificates.find");
  const loadSchema = useCallback(() => import("@/lib/certificates/schemas").then((schemas) => schemas.findCodeSchema(codeLength)), [codeLength]);
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, { referenceId, code: "" }, "find-certificate-code");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4">
      <ErrorSummary {...summary(["code"])} />
      <input type="hidden" value={referenceId} {...form.register("referenceId")} />
      <TextField label={t("code")} inputMode="numeric" autoComplete="one-time-code" maxLength={codeLength} autoFocus {...field("code")} {...form.register("code")} />
      <Button type="submit" pending={pending}>
        {pending ? t("verifying") : t("verify")}
      </Button>
    </form>
  );
}
