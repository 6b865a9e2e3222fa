"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** Counts down to the moment a new code may be sent; the server enforces the same wait. Re-key it per code sent. */
export function ResendCodeButton({ mobile, waitSeconds, formAction, pending }: { mobile: string; waitSeconds: number; formAction: (formData: FormData) => void; pending: boolean }) {
  const t = useTranslations("auth.citizen");
  const [remaining, setRemaining] = useState(waitSeconds);
  useEffect(() => {
    const timer = setInterval(() => setRemaining((seconds) => Math.max(0, seconds - 1)), 1000);
    return () => clearInterval(timer);
  }, [waitSeconds]);

  return (
    <form action={formAction}>
      <input type="hidden" name="mobile" value={mobile} />
      <Button type="submit" variant="secondary" pending={pending} disabled={remaining > 0}>
        {remaining > 0 ? t("resendIn", { seconds: remaining }) : t("resend")}
      </Button>
    </form>
  );
}
