import { getTranslations } from "next-intl/server";
import { DetailItem } from "@/components/ui/detail-item";
import { ManageAppointment } from "@/components/appointments/manage-appointment";
import { CertificateLinks } from "@/components/certificates/certificate-links";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import type { ManagedAppointment } from "@/lib/appointments/manage";
import type { FamilyMember } from "@/lib/beneficiaries/family";
import type { FamilyCertificate } from "@/lib/certificates/pages";
import { maskPhotoId } from "@/lib/beneficiaries/rules";
import type { VaccinationStatus } from "@/lib/vaccination/rules";
import { VaccinationSummary } from "./vaccination-summary";

interface BeneficiaryCardProps {
  beneficiary: FamilyMember;
  status: VaccinationStatus;
  photoIdLabel: string;
  vaccineNames: Record<string, string>;
  timeZone: string;
  /** The booked appointment, else the latest one, so a cancellation or a given dose shows. */
  appointment?: ManagedAppointment;
  certificates: readonly FamilyCertificate[];
}

export async function BeneficiaryCard({ beneficiary, status, photoIdLabel, vaccineNames, timeZone, appointment, certificates }: BeneficiaryCardProps) {
  const t = await getTranslations("account");
  const tb = await getTranslations("booking");
  // The next dose can be booked while nothing is booked for this person; the booking page says if it is too early.
  const hasBooked = appointment?.status === "booked" || beneficiary.appointments.length > 0;
  const bookDose = status.nextDose !== undefined && !hasBooked ? status.nextDose : null;
  const headingId = `beneficiary-${beneficiary.id}`;
  const base = `/account/beneficiaries/${beneficiary.id}`;

  return (
    <Card as="li" className="space-y-4">
      <article aria-labelledby={headingId} className="space-y-4">
        <h2 id={headingId} className="text-xl font-bold text-slate-900">
          {beneficiary.name}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <DetailItem term={t("card.referenceId")}>
            <span className="font-mono tracking-wide">{beneficiary.referenceId}</span>
          </DetailItem>
          <DetailItem term={t("card.birthYear")}>{beneficiary.birthYear}</DetailItem>
          <DetailItem term={t("card.gender")}>{t(`gender.${beneficiary.gender}`)}</DetailItem>
          <DetailItem term={t("card.photoId")}>
            {photoIdLabel} <span className="font-mono">{maskPhotoId(beneficiary.photoIdLast4)}</span>
          </DetailItem>
          <DetailItem term={t("card.status")}>
            <VaccinationSummary doses={beneficiary.doses} status={status} vaccineNames={vaccineNames} timeZone={timeZone} nextDoseBooked={hasBooked} />
          </DetailItem>
        </dl>
        <CertificateLinks name={beneficiary.name} certificates={certificates} />
        {appointment ? <ManageAppointment appointment={appointment} /> : null}
        {bookDose !== null ? (
          <ButtonLink href={`/centres?for=${beneficiary.id}`}>
            {tb("manage.book", { dose: bookDose })}
            <span className="sr-only"> {tb("manage.forName", { name: beneficiary.name })}</span>
          </ButtonLink>
        ) : beneficiary.appointments.length === 0 && !appointment ? (
          <p>{t("card.noAppointment")}</p>
        ) : null}
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
