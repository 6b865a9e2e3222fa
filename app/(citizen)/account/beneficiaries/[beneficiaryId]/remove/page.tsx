import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RemoveBeneficiaryForm } from "@/components/beneficiaries/remove-beneficiary-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCitizenPage } from "@/lib/auth/session";
import { loadFamilyMember } from "@/lib/beneficiaries/family";

type Props = { params: Promise<{ beneficiaryId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.card");
  return { title: t("remove") };
}

/** The confirmation step as its own page, so removing works without JavaScript. */
export default async function RemoveBeneficiaryPage({ params }: Props) {
  const citizen = await requireCitizenPage();
  const { beneficiaryId } = await params;
  const beneficiary = await loadFamilyMember(citizen.accountId, beneficiaryId);
  if (!beneficiary) notFound();
  const t = await getTranslations("account");
  // Known refusals are said up front; the action checks again under a lock.
  const refusal = beneficiary.removalRefusal;

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading
        title={t("remove.title", { name: beneficiary.name })}
        description={<p>{t("remove.body", { name: beneficiary.name, referenceId: beneficiary.referenceId })}</p>}
      />
      {refusal ? (
        <div className="space-y-4">
          <FormMessage variant="error">{t(`errors.${refusal}`)}</FormMessage>
          <ButtonLink href="/account" variant="secondary">
            {t("remove.cancel")}
          </ButtonLink>
        </div>
      ) : (
        <ClientMessages pick={["account.remove"]}>
          <RemoveBeneficiaryForm beneficiaryId={beneficiary.id} />
        </ClientMessages>
      )}
    </div>
  );
}
