"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent } from "react";
import { FieldHint } from "@/components/ui/field-wiring";
import { FormMessage } from "@/components/ui/form-message";
import { Spinner } from "@/components/ui/spinner";
import type { QrFileOutcome } from "./qr-file";

type Problem = Extract<QrFileOutcome, { ok: false }>["reason"];

/** Reads a QR code from an uploaded photo, screenshot or PDF. The decoders load only once a file is chosen. */
export function QrUpload({ onText }: { onText: (text: string) => void }) {
  const t = useTranslations("certificates.verify.upload");
  const inputId = useId();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setProblem(null);
    setReading(true);
    let outcome: QrFileOutcome;
    try {
      outcome = await (await import("./qr-file")).readQrFromFile(file);
    } catch {
      outcome = { ok: false, reason: "unreadable" };
    }
    setReading(false);
    if (outcome.ok) onText(outcome.text);
    else setProblem(outcome.reason);
  }

  return (
    <section aria-labelledby="verify-upload-heading" className="flex flex-col gap-3">
      <h2 id="verify-upload-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-semibold text-slate-900">
          {t("label")}
        </label>
        <FieldHint id={`${inputId}-hint`} hint={t("hint")} />
        <input
          id={inputId}
          type="file"
          accept="image/*,application/pdf"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void onChange(event)}
          className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-800"
        />
      </div>
      <div role="status" aria-live="polite">
        {reading ? (
          <p className="flex items-center gap-2 text-slate-700">
            <Spinner />
            {t("reading")}
          </p>
        ) : null}
      </div>
      <FormMessage variant="error">{problem ? t(`problem.${problem}`) : null}</FormMessage>
    </section>
  );
}
