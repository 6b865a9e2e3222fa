import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { FindCertificate } from "@/components/certificates/find-certificate";
import { PageHeading } from "@/components/ui/page-heading";
import { getCountryPack } from "@/lib/country";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.find");
  return { title: t("title") };
}

/** Download a certificate with a Reference ID and a code sent to the mobile it is registered under. */
export default async function FindCertificatePage() {
  const t = await getTranslations("certificates.find");
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("title")} description={t("intro")} />
      <ClientMessages pick={["certificates.find", "validation"]}>
        <FindCertificate codeLength={getCountryPack().otp.length} />
      </ClientMessages>
      <p>
        <Link href="/verify" className="text-brand-700 underline">
          {t("verifyLink")}
        </Link>
      </p>
    </div>
  );
}
