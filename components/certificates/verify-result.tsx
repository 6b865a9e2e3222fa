"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { VerificationResult, VerifiedHolder } from "@/lib/certificates/types";
import { formatCertificateDate } from "./format-certificate-date";
import { VerifyStatusIcon } from "./verify-status-icon";

const looks: Record<VerificationResult["status"], string> = {
  valid: "border-success-700 bg-success-50 text-success-700",
  invalid: "border-danger-700 bg-danger-50 text-danger-700",
  revoked: "border-amber-800 bg-amber-50 text-amber-900",
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="text-slate-600 sm:w-44 sm:shrink-0">{label}</dt>
      <dd className="font-semibold break-words text-slate-900">{children}</dd>
    </div>
  );
}

function HolderDetails({ holder, certificateId, issuer, expiresAt, timeZone }: { holder: VerifiedHolder; certificateId: string; issuer: string; expiresAt?: string; timeZone: string }) {
  const t = useTranslations("certificates.verify.details");
  const locale = useLocale();
  const date = (value: string) => formatCertificateDate(value, locale, timeZone);
  return (
    <dl aria-label={t("heading")} className="flex flex-col gap-3 border-t border-current/20 pt-4">
      <Row label={t("name")}>{holder.name}</Row>
      {/* The year only: enough to match a photo ID, less to give away. */}
      <Row label={t("birthYear")}>{holder.birthYear.slice(0, 4)}</Row>
      <Row label={t("dose")}>{t("doseOf", { number: holder.dose.doseNumber, total: holder.dose.seriesDoses })}</Row>
      <Row label={t("vaccine")}>{holder.dose.product}</Row>
      <Row label={t("date")}>{date(holder.dose.date)}</Row>
      <Row label={t("certificateId")}>
        <span className="font-mono text-sm">{certificateId}</span>
      </Row>
      <Row label={t("issuer")}>{issuer}</Row>
      {expiresAt ? <Row label={t("expiresAt")}>{date(expiresAt)}</Row> : null}
    </dl>
  );
}

/** The verifier's answer in large words, colour and shape, with what is needed to match the holder. */
export function VerifyResult({ result, timeZone }: { result: VerificationResult; timeZone: string }) {
  const t = useTranslations("certificates.verify");
  return (
    <div className={`flex flex-col gap-4 rounded-lg border-4 p-5 ${looks[result.status]}`} data-status={result.status}>
      <p className="flex items-center gap-3">
        <VerifyStatusIcon status={result.status} />
        <span className="text-4xl font-extrabold tracking-wide uppercase sm:text-5xl">{t(`status.${result.status}`)}</span>
      </p>
      <p className="text-lg font-semibold">{t(`summary.${result.status}`)}</p>
      {result.status === "revoked" ? <p className="text-slate-900">{t(`because.${result.because}`)}</p> : null}
      {result.status === "invalid" ? (
        <p className="text-slate-900">{t(`reason.${result.reason}`)}</p>
      ) : (
        <HolderDetails
          holder={result.holder}
          certificateId={result.certificateId}
          issuer={result.issuer}
          expiresAt={result.status === "valid" ? result.expiresAt : undefined}
          timeZone={timeZone}
        />
      )}
    </div>
  );
}
