import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CitizenSignOutButton } from "@/components/auth/citizen-sign-out-button";
import { BeneficiaryCard } from "@/components/beneficiaries/beneficiary-card";
import { photoIdLabel } from "@/components/beneficiaries/photo-id-options";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { loadFamilyAppointments } from "@/lib/appointments/manage";
import { requireCitizenPage } from "@/lib/auth/session";
import { loadFamily } from "@/lib/beneficiaries/family";
import { loadFamilyCertificates } from "@/lib/certificates/pages";
import { maskMobile } from "@/lib/accounts/phone";
import { getCountryPack } from "@/lib/country";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.home");
  return { title: t("title") };
}

const outcomes = ["added", "updated", "removed"] as const;
const changes = ["cancelled", "rescheduled"] as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const citizen = await requireCitizenPage();
  const pack = getCountryPack();
  const locale = await getLocale();
  const [{ members: people, limit, canAddMore }, appointments, certificates] = await Promise.all([
    loadFamily(citizen.accountId),
    loadFamilyAppointments(citizen.accountId),
    loadFamilyCertificates(citizen.accountId),
  ]);
  const { done } = await searchParams;
  const outcome = outcomes.find((candidate) => candidate === done);
  const change = changes.find((candidate) => candidate === done);
  const t = await getTranslations("account.home");
  const tm = await getTranslations("booking.manage");
  const vaccineNames = Object.fromEntries(pack.vaccines.map((vaccine) => [vaccine.code, vaccine.name]));

  return (
    <div className="space-y-6">
      <PageHeading
        title={t("title")}
        description={
          <>
            <p>{t("signedInAs", { mobile: maskMobile(citizen.mobile, pack.phone) })}</p>
            <p>{t("intro", { limit })}</p>
          </>
        }
        actions={<CitizenSignOutButton />}
      />
      <FormMessage variant="success">{outcome ? t(`done.${outcome}`) : change ? tm(`done.${change}`) : null}</FormMessage>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="font-semibold">{t("count", { count: people.length, limit })}</p>
        {canAddMore ? <ButtonLink href="/account/beneficiaries/new">{t("add")}</ButtonLink> : null}
      </div>
      {canAddMore ? null : <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3">{t("limitReached", { limit })}</p>}
      {people.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-4">
          {people.map((beneficiary) => (
            <BeneficiaryCard
              key={beneficiary.id}
              beneficiary={beneficiary}
              status={beneficiary.status}
              photoIdLabel={photoIdLabel(pack, locale, beneficiary.photoIdType)}
              vaccineNames={vaccineNames}
              timeZone={pack.timeZone}
              appointment={appointments.get(beneficiary.id)}
              certificates={certificates.get(beneficiary.id) ?? []}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
