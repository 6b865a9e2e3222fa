import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BeneficiaryForm } from "@/components/beneficiaries/beneficiary-form";
import { photoIdOptions } from "@/components/beneficiaries/photo-id-options";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCitizenPage } from "@/lib/auth/session";
import { loadFamilyMember } from "@/lib/beneficiaries/family";
import { yearIn } from "@/lib/beneficiaries/rules";
import { getCountryPack } from "@/lib/country";

type Props = { params: Promise<{ beneficiaryId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.form");
  return { title: t("save") };
}

export default async function EditBeneficiaryPage({ params }: Props) {
  const citizen = await requireCitizenPage();
  const { beneficiaryId } = await params;
  // Another account's id is not found either: nothing tells the two apart.
  const beneficiary = await loadFamilyMember(citizen.accountId, beneficiaryId);
  if (!beneficiary) notFound();
  const pack = getCountryPack();
  const t = await getTranslations("account.edit");

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading title={t("title", { name: beneficiary.name })} description={<p>{t("intro", { referenceId: beneficiary.referenceId })}</p>} />
      <ClientMessages pick={["account.form", "account.gender", "validation"]}>
        <BeneficiaryForm
          photoIdTypes={photoIdOptions(pack, await getLocale())}
          thisYear={yearIn(pack.timeZone)}
          existing={{
            id: beneficiary.id,
            name: beneficiary.name,
            gender: beneficiary.gender,
            birthYear: beneficiary.birthYear,
            photoIdType: beneficiary.photoIdType,
            photoIdLast4: beneficiary.photoIdLast4,
            comorbidity: beneficiary.comorbidity,
            photoIdLocked: beneficiary.photoIdLocked,
          }}
        />
      </ClientMessages>
    </div>
  );
}
