import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateView } from "@/components/certificates/certificate-view";
import { requireCitizenPage } from "@/lib/auth/session";
import { loadOwnCertificate } from "@/lib/certificates/pages";
import { requestOrigin } from "@/lib/http/origin";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.page");
  return { title: t("metaTitle") };
}

/** One of the family's certificates: signed when shown, with its PDF a tap away. Others' answer 404. */
export default async function CertificatePage({ params }: { params: Promise<{ certificateId: string }> }) {
  const citizen = await requireCitizenPage();
  const { certificateId } = await params;
  const locale = (await getLocale()) as Locale;
  const view = await loadOwnCertificate(citizen.accountId, certificateId, locale, await requestOrigin());
  if (!view) notFound();
  const t = await getTranslations("certificates.page");
  return (
    <div className="space-y-4">
      <CertificateView document={view.document} revoked={view.facts.revokedAt !== null} pdfHref={`/account/certificates/${certificateId}/certificate.pdf`} />
      <Link href="/account" className="text-brand-700 underline print:hidden">
        {t("family")}
      </Link>
    </div>
  );
}
