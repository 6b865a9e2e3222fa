import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { RevokeForm } from "@/components/certificates/revoke-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { certificateAdminRoles } from "@/lib/certificates/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.revoke");
  return { title: t("title") };
}

/** National admins revoke a certificate; verifiers see REVOKED at once, offline verifiers at their next list. */
export default async function RevokeCertificatePage() {
  await requireStaffPage(certificateAdminRoles);
  const t = await getTranslations("certificates.revoke");
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("title")} description={t("intro")} />
      <ClientMessages pick={["certificates.revoke", "validation"]}>
        <RevokeForm />
      </ClientMessages>
    </div>
  );
}
