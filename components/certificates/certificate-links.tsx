import { getTranslations } from "next-intl/server";
import type { FamilyCertificate } from "@/lib/certificates/pages";

/** A person's certificates on the family page: the newest first, each opening its page (with the PDF and QR). */
export async function CertificateLinks({ name, certificates }: { name: string; certificates: readonly FamilyCertificate[] }) {
  if (certificates.length === 0) return null;
  const t = await getTranslations("certificates.family");
  return (
    <section aria-label={t("label", { name })} className="space-y-2">
      <h3 className="font-semibold text-slate-900">{t("heading")}</h3>
      <ul className="space-y-2">
        {[...certificates].reverse().map((certificate) => (
          <li key={certificate.id}>
            <a href={`/account/certificates/${certificate.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t(`link.${certificate.kind}`, { dose: certificate.doseNumber })}
              <span className="sr-only"> {t("forName", { name })}</span>
            </a>
            {certificate.revoked ? <span className="ms-2 font-semibold text-red-800">{t("revoked")}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
