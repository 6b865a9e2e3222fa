import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ManageCancelForm } from "@/components/appointments/manage-cancel-form";
import { ManageRefusal } from "@/components/appointments/manage-refusal";
import { appointmentFormat } from "@/components/appointments/manage-format";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { dataTag } from "@/components/ui/data-text";
import { loadManagedAppointment } from "@/lib/appointments/manage";
import { requireCitizenPage } from "@/lib/auth/session";

type Props = { params: Promise<{ appointmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.manage.cancelPage");
  return { title: t("title") };
}

/** The confirmation step as its own page, so cancelling works without JavaScript. */
export default async function CancelAppointmentPage({ params }: Props) {
  const citizen = await requireCitizenPage();
  const { appointmentId } = await params;
  const appointment = await loadManagedAppointment(citizen.accountId, appointmentId);
  if (!appointment) notFound();
  const t = await getTranslations("booking.manage");
  const { day, time } = await appointmentFormat();
  const when = appointment.startsAt ? `${day(appointment.date)}, ${time(appointment.startsAt)}` : day(appointment.date);

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading
        title={t("cancelPage.title")}
        description={<p>{t.rich("cancelPage.body", { name: appointment.beneficiaryName, date: when, centre: appointment.centre.name, data: dataTag })}</p>}
      />
      {/* Known refusals are said up front; the action checks again under a lock. */}
      {appointment.cancelRefusal ? (
        <ManageRefusal refusal={appointment.cancelRefusal} />
      ) : (
        <ClientMessages pick={["booking.manage.cancelPage", "validation.form"]}>
          <ManageCancelForm appointmentId={appointment.id} />
        </ClientMessages>
      )}
    </div>
  );
}
