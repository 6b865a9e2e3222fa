import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ManageRefusal } from "@/components/appointments/manage-refusal";
import { appointmentFormat } from "@/components/appointments/manage-format";
import { ManageRescheduleForm } from "@/components/appointments/manage-reschedule-form";
import { ManageSlotChoices } from "@/components/appointments/manage-slot-choices";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { loadManagedAppointment, loadRescheduleOptions } from "@/lib/appointments/manage";
import { requireCitizenPage } from "@/lib/auth/session";

type Props = { params: Promise<{ appointmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.manage");
  return { title: t("reschedule") };
}

export default async function RescheduleAppointmentPage({ params }: Props) {
  const citizen = await requireCitizenPage();
  const { appointmentId } = await params;
  const appointment = await loadManagedAppointment(citizen.accountId, appointmentId);
  if (!appointment) notFound();
  const t = await getTranslations("booking.manage");
  const { day, time } = await appointmentFormat();
  const when = appointment.startsAt ? time(appointment.startsAt) : "";
  // Known refusals are said up front; the action checks again under a lock.
  const refusal = appointment.rescheduleRefusal;
  const options = refusal ? null : await loadRescheduleOptions(citizen.accountId, appointment);

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <PageHeading
        title={t("reschedulePage.title", { name: appointment.beneficiaryName })}
        description={
          <>
            <p>{t.rich("reschedulePage.current", { date: day(appointment.date), time: when, centre: appointment.centre.name, data: dataTag })}</p>
            {refusal ? null : <p>{t("reschedulesLeft", { count: appointment.reschedulesLeft })}</p>}
          </>
        }
      />
      {refusal ? (
        <ManageRefusal refusal={refusal} />
      ) : !options ? null : options.sameCentre.length === 0 && options.nearby.length === 0 ? (
        <div className="space-y-4">
          <p>{t("reschedulePage.none")}</p>
          <ButtonLink href="/account" variant="secondary">
            {t("back")}
          </ButtonLink>
        </div>
      ) : (
        <ClientMessages pick={["booking.manage.reschedulePage", "booking.manage.back", "validation.form"]}>
          <ManageRescheduleForm appointmentId={appointment.id}>
            <ManageSlotChoices options={options} centreName={appointment.centre.name} />
          </ManageRescheduleForm>
        </ClientMessages>
      )}
    </div>
  );
}
