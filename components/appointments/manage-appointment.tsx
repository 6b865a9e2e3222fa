import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { DataText } from "@/components/ui/data-text";
import type { ManagedAppointment } from "@/lib/appointments/manage";
import { appointmentFormat } from "./manage-format";

const statusStyles: Record<ManagedAppointment["status"], string> = {
  booked: "bg-brand-50 text-brand-800",
  completed: "bg-success-50 text-success-700",
  cancelled: "bg-slate-100 text-slate-900",
  no_show: "bg-slate-100 text-slate-900",
};

/** A person's appointment on the family page: where and when, the numbers the centre asks for, and what can still change. */
export async function ManageAppointment({ appointment }: { appointment: ManagedAppointment }) {
  const t = await getTranslations("booking");
  const { day, time } = await appointmentFormat();
  const base = `/account/appointments/${appointment.id}`;
  const headingId = `appointment-${appointment.id}`;
  const forName = <span className="sr-only"> {t("manage.forName", { name: appointment.beneficiaryName })}</span>;

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-md border border-slate-300 p-4">
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-bold text-slate-900">
        {t("manage.appointmentHeading", { dose: appointment.doseNumber })}
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${statusStyles[appointment.status]}`}>
          <span className="sr-only">{t("manage.status")}: </span>
          {t(`status.${appointment.status}`)}
        </span>
      </h3>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Item term={t("manage.date")}>{day(appointment.date)}</Item>
        {appointment.startsAt && appointment.endsAt ? (
          <Item term={t("manage.time")}>{t("manage.reschedulePage.slot", { start: time(appointment.startsAt), end: time(appointment.endsAt) })}</Item>
        ) : null}
        <Item term={t("manage.centre")}>
          <DataText>{appointment.centre.name}</DataText>
          <span className="block text-sm font-normal">
            <DataText>{appointment.centre.address}</DataText>, {appointment.centre.postalCode}
          </span>
        </Item>
        <Item term={t("manage.number")}>
          <span className="font-mono tracking-wide">{appointment.confirmationNumber}</span>
        </Item>
        {appointment.status === "booked" ? (
          <Item term={t("manage.securityCode")}>
            <span className="font-mono text-lg tracking-widest">{appointment.securityCode}</span>
            <span className="block text-sm font-normal">{t("manage.securityHint")}</span>
          </Item>
        ) : null}
      </dl>
      {appointment.status === "booked" && appointment.rescheduleRefusal?.reason !== "started" ? (
        <p className="text-sm">{t("manage.reschedulesLeft", { count: appointment.reschedulesLeft })}</p>
      ) : null}
      {appointment.status === "booked" ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          {appointment.rescheduleRefusal ? null : (
            <ButtonLink href={`${base}/reschedule`} variant="secondary">
              {t("manage.reschedule")}
              {forName}
            </ButtonLink>
          )}
          {appointment.cancelRefusal ? null : (
            <ButtonLink href={`${base}/cancel`} variant="secondary">
              {t("manage.cancel")}
              {forName}
            </ButtonLink>
          )}
          <ButtonLink href={`${base}/slip`} variant="secondary">
            {t("manage.slip")}
            {forName}
          </ButtonLink>
        </div>
      ) : null}
    </section>
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
