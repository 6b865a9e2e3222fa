"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The code the send action returned to this browser, which it does only with the development sender.
 * Kept while the same code is in use (a later "too soon" answer carries no code), dropped with a new one.
 */
export function useDemoCode(sendState: FormState): { sentAt: number; code: string } | undefined {
  const fresh = sendState.data?.demoCode ? { sentAt: Number(sendState.data.sentAt), code: String(sendState.data.demoCode) } : undefined;
  const [kept, setKept] = useState(fresh);
  if (fresh && fresh.sentAt !== kept?.sentAt) setKept(fresh);
  return fresh ?? kept;
}

/** Demo deployments send no SMS: the visitor reads the code they asked for here, and only that one. */
export function DemoCodeHint({ code }: { code: string }) {
  const t = useTranslations("auth.citizen");
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {t.rich("demoCode", {
        code,
        strong: (chunks) => (
          <strong className="font-mono text-base tracking-widest" data-testid="demo-code">
            {chunks}
          </strong>
        ),
      })}
    </p>
  );
}
