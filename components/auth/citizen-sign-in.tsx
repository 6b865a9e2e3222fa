"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { sendCitizenCode, verifyCitizenCode } from "@/lib/accounts/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { CodeStepForm } from "./code-step-form";
import { MobileStepForm } from "./mobile-step-form";
import { ResendCodeButton } from "./resend-code-button";

interface Props {
  codeLength: number;
  mobileExample: string;
  /** Set when the development sender is on: where a demo user reads the code. */
  outboxHref?: string;
}

/** Two steps, each a server action: mobile → code by SMS → code → signed in. Works without JavaScript. */
export function CitizenSignIn({ codeLength, mobileExample, outboxHref }: Props) {
  const t = useTranslations("auth.citizen");
  const [sendState, sendAction, sending] = useActionState(sendCitizenCode, initialFormState);
  const [verifyState, verifyAction, verifying] = useActionState(verifyCitizenCode, initialFormState);
  const [latest, setLatest] = useState<"send" | "verify">("send");
  const [changingNumber, setChangingNumber] = useState(false);

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
  return (
    <div className="space-y-4">
      {current.ok && current.message && <FormMessage variant="success">{current.message}</FormMessage>}
      {outboxHref && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <Link href={outboxHref} target="_blank" className="underline">
            {t("devOutbox")}
          </Link>
        </p>
      )}
      <div onSubmitCapture={() => setLatest("verify")}>
        <CodeStepForm key={mobile} mobile={mobile} codeLength={codeLength} state={verifyState} formAction={verifyAction} pending={verifying} />
      </div>
      <div className="flex flex-wrap gap-3" onSubmitCapture={onSendSubmit}>
        <ResendCodeButton key={String(codeStep.sentAt)} mobile={mobile} waitSeconds={Number(codeStep.resendAfterSeconds ?? 0)} formAction={sendAction} pending={sending} />
        <Link href="/sign-in" className="self-center text-sm underline" onClick={() => setChangingNumber(true)}>
          {t("changeNumber")}
        </Link>
      </div>
    </div>
  );
}
