"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { sendCitizenCode, verifyCitizenCode } from "@/lib/accounts/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { CodeStepForm } from "./code-step-form";
import { DemoCodeHint, useDemoCode } from "./demo-code-hint";
import { MobileStepForm } from "./mobile-step-form";
import { ResendCodeButton } from "./resend-code-button";

interface Props {
  codeLength: number;
  codeValidMinutes: number;
  mobileExample: string;
  /** A safe, same-site path to return to after signing in. */
  callbackUrl?: string;
}

/** Two steps, each a server action: mobile → code by SMS → code → signed in. Works without JavaScript. */
export function CitizenSignIn({ codeLength, codeValidMinutes, mobileExample, callbackUrl }: Props) {
  const t = useTranslations("auth.citizen");
  const [sendState, sendAction, sending] = useActionState(sendCitizenCode, initialFormState);
  const [verifyState, verifyAction, verifying] = useActionState(verifyCitizenCode, initialFormState);
  const [latest, setLatest] = useState<"send" | "verify">("send");
  const [changingNumber, setChangingNumber] = useState(false);
  const demo = useDemoCode(sendState);

  // The actions go to the forms untouched: wrapping them would lose the server-action reference that lets
  // the forms post without JavaScript. Which step answered last is tracked from the bubbling submit events.
  const onSendSubmit = () => {
    setLatest("send");
    setChangingNumber(false);
  };

  // The answer to whichever form was sent last (without JavaScript only one of them has answered).
  const verifyIsLatest = verifyState !== initialFormState && (latest === "verify" || sendState === initialFormState);
  const current = verifyIsLatest ? verifyState : sendState;
  const codeStep = current.data?.step === "code" && !changingNumber ? current.data : undefined;

  if (!codeStep) {
    return (
      <div className="space-y-4">
        {/* Failures are in the step form's error summary. */}
        {current.ok && current.message && <FormMessage variant="success">{current.message}</FormMessage>}
        <div onSubmitCapture={onSendSubmit}>
          <MobileStepForm state={sendState} formAction={sendAction} pending={sending} example={mobileExample} />
        </div>
      </div>
    );
  }

  const mobile = String(codeStep.mobile);
  const sentAt = Number(codeStep.sentAt);
  // A wrong-code answer belongs to this code only: a new code starts with a clean field.
  const codeState = Number(verifyState.data?.sentAt) === sentAt ? verifyState : initialFormState;
  return (
    <div className="space-y-4">
      <FormMessage variant="success">{t("codeSent", { mobile: String(codeStep.sentTo), minutes: codeValidMinutes })}</FormMessage>
      {demo?.sentAt === sentAt && <DemoCodeHint code={demo.code} />}
      <div onSubmitCapture={() => setLatest("verify")}>
        <CodeStepForm
          key={`${mobile}:${sentAt}`}
          mobile={mobile}
          codeLength={codeLength}
          callbackUrl={callbackUrl}
          state={codeState}
          formAction={verifyAction}
          pending={verifying}
        />
      </div>
      <div onSubmitCapture={onSendSubmit}>
        <ResendCodeButton
          key={sentAt}
          mobile={mobile}
          answer={current}
          waitSeconds={Number(codeStep.resendAfterSeconds ?? 0)}
          message={verifyIsLatest ? undefined : sendState.message}
          formAction={sendAction}
          pending={sending}
        />
      </div>
      <Link href="/sign-in" className="inline-block text-sm underline" onClick={() => setChangingNumber(true)}>
        {t("changeNumber")}
      </Link>
    </div>
  );
}
