import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyPanel } from "@/components/certificates/verify-panel";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { getCountryPack } from "@/lib/country";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("title"), description: t("metaDescription") };
}

/** Anyone can check a certificate here: scan, upload or paste, and see VALID, INVALID or REVOKED. */
export default async function VerifyPage() {
  const t = await getTranslations("certificates.verify");
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeading title={t("title")} description={t("intro")} />
      <ClientMessages
        pick={[
          "certificates.verify",
          "validation.required",
          "validation.tooLong",
          "validation.invalid",
          "validation.form",
          "validation.summary",
          "validation.fields.certificateText",
          "validation.certificates",
        ]}
      >
        <VerifyPanel timeZone={getCountryPack().timeZone} />
      </ClientMessages>
    </div>
  );
}
