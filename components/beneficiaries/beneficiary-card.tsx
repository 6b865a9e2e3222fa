import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { dataTag } from "@/components/ui/data-text";
import type { FamilyMember } from "@/lib/beneficiaries/family";
import { maskPhotoId } from "@/lib/beneficiaries/rules";
import type { VaccinationStatus } from "@/lib/vaccination/rules";
import { VaccinationSummary } from "./vaccination-summary";

interface BeneficiaryCardProps {
  beneficiary: FamilyMember;
  status: VaccinationStatus;
  photoIdLabel: string;
  vaccineNames: Record<string, string>;
  timeZone: string;
}

export async function BeneficiaryCard({ beneficiary, status, photoIdLabel, vaccineNames, timeZone }: BeneficiaryCardProps) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  const headingId = `beneficiary-${beneficiary.id}`;
  const base = `/account/beneficiaries/${beneficiary.id}`;

  return (
    <Card as="li" className="space-y-4">
      <article aria-labelledby={headingId} className="space-y-4">
        <h2 id={headingId} className="text-xl font-bold text-slate-900">
          {beneficiary.name}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Item term={t("card.referenceId")}>
            <span className="font-mono tracking-wide">{beneficiary.referenceId}</span>
          </Item>
          <Item term={t("card.birthYear")}>{beneficiary.birthYear}</Item>
          <Item term={t("card.gender")}>{t(`gender.${beneficiary.gender}`)}</Item>
          <Item term={t("card.photoId")}>
            {photoIdLabel} <span className="font-mono">{maskPhotoId(beneficiary.photoIdLast4)}</span>
          </Item>
          <Item term={t("card.status")}>
            <VaccinationSummary doses={beneficiary.doses} status={status} vaccineNames={vaccineNames} timeZone={timeZone} />
          </Item>
          <Item term={t("card.appointments")}>
            {beneficiary.appointments.length === 0 ? (
              <span className="flex flex-wrap items-center gap-x-3">
                {t("card.noAppointment")}
                <Link href="/centres" className="font-semibold text-brand-700 underline">
                  {t("card.findCentre")}
                </Link>
              </span>
            ) : (
              <ul>
                {beneficiary.appointments.map((appointment) => (
                  <li key={appointment.id}>
                    {t.rich("card.appointment", {
                      dose: appointment.doseNumber,
                      date: format.dateTime(new Date(`${appointment.date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
                      facility: appointment.facilityName,
                      data: dataTag,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </Item>
        </dl>
        <div role="group" aria-label={t("card.actionsLabel", { name: beneficiary.name })} className="flex flex-col gap-2 sm:flex-row">
          <ButtonLink href={`${base}/edit`} variant="secondary">
            {t("card.edit")}
            <span className="sr-only"> {beneficiary.name}</span>
          </ButtonLink>
          {/* A dose refuses removal for good, so the action is not offered; a booking can still be cancelled first. */}
          {beneficiary.removalRefusal !== "vaccinated" ? (
            <ButtonLink href={`${base}/remove`} variant="secondary">
              {t("card.remove")}
              <span className="sr-only"> {beneficiary.name}</span>
            </ButtonLink>
          ) : null}
        </div>
      </article>
    </Card>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}
