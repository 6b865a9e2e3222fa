"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { verifyAction } from "@/lib/certificates/verify-actions";
import { initialVerifyState } from "@/lib/certificates/verify-state";
import { QrReader } from "./qr-reader";
import { VerifyResult } from "./verify-result";

const loadSchema = () => import("@/lib/certificates/verify-schema").then((schemas) => schemas.verifySchema);

/**
 * One check: the QR reader or the pasted text, then the answer. A QR code read by the camera or from a
 * file fills the text box and is checked at once. `onCheckAnother` starts a fresh check.
 */
export function VerifyForm({ timeZone, onCheckAnother }: { timeZone: string; onCheckAnother: () => void }) {
  const t = useTranslations("certificates.verify");
  const [state, formAction, pending] = useActionState(verifyAction, initialVerifyState);
  const values = { certificateText: state.values?.certificateText ?? "" };
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "verify");
  const formRef = useRef<HTMLFormElement>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  const { result } = state;

  // The answer replaces the form the person was in: keep their place on the way to the next check.
  useEffect(() => {
    if (result) againRef.current?.focus();
  }, [result]);

  const checkText = (text: string) => {
    form.setValue("certificateText", text);
    formRef.current?.requestSubmit();
  };

  return (
    <div className="flex flex-col gap-6">
      <div role="status" aria-live="polite" aria-atomic="true">
        {result ? <VerifyResult result={result} timeZone={timeZone} /> : null}
      </div>
      {result ? (
        <Button ref={againRef} onClick={onCheckAnother} className="self-start">
          {t("checkAnother")}
        </Button>
      ) : (
        <>
          <QrReader onText={checkText} />
          <form ref={formRef} action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="flex flex-col gap-4">
            <h2 className="text-lg font-semibold text-slate-900">{t("paste.heading")}</h2>
            <ErrorSummary {...summary(["certificateText"])} />
            <TextArea
              label={t("paste.label")}
              hint={t("paste.hint")}
              rows={5}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              autoCorrect="off"
              defaultValue={values.certificateText}
              className="font-mono text-sm"
              {...field("certificateText")}
              {...form.register("certificateText")}
            />
            <Button type="submit" pending={pending} className="self-start">
              {pending ? t("checking") : t("check")}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
