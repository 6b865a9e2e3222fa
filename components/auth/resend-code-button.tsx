"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms/form-state";

interface Props {
  mobile: string;
  /** Seconds until the server will send another code, as of `answer`. */
  waitSeconds: number;
  /** The server answer `waitSeconds` came from; a new answer re-syncs the countdown. */
  answer: FormState;
  /** The server's word on the last press (e.g. "please wait 40 seconds"). */
  message?: string;
  formAction: (formData: FormData) => void;
  pending: boolean;
}

/**
 * Always a working button: the server enforces the wait and answers an early press with how long is
 * left, so it works the same without JavaScript. With JavaScript the wait counts down beside it.
 * Re-key it per code sent.
 */
export function ResendCodeButton({ mobile, waitSeconds, answer, message, formAction, pending }: Props) {
  const t = useTranslations("auth.citizen");
  const waitId = useId();
  const [remaining, setRemaining] = useState(waitSeconds);
  const [syncedTo, setSyncedTo] = useState(answer);
  if (answer !== syncedTo) {
    setSyncedTo(answer);
    setRemaining(waitSeconds);
  }
  useEffect(() => {
    if (remaining <= 0) return;
    const timer = setTimeout(() => setRemaining((seconds) => Math.max(0, seconds - 1)), 1000);
    return () => clearTimeout(timer);
  }, [remaining]);

  return (
    <form action={formAction} className="space-y-2">
      <FormMessage variant="error">{message}</FormMessage>
      <input type="hidden" name="mobile" value={mobile} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" pending={pending} aria-describedby={remaining > 0 ? waitId : undefined}>
          {t("resend")}
        </Button>
        {remaining > 0 && (
          <p id={waitId} className="text-sm text-slate-700">
            {t("resendIn", { seconds: remaining })}
          </p>
        )}
      </div>
    </form>
  );
}
