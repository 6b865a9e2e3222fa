import { getTranslations } from "next-intl/server";
import { DataText } from "@/components/ui/data-text";
import { formatConfirmationNumber } from "@/lib/appointments/confirmation";
import { formatDay, formatSlot } from "@/lib/appointments/format";
import type { AppointmentView } from "@/lib/appointments/queries";

/** Everything the centre asks for: the appointment number, the security code, where and when. */
export async function AppointmentDetails({ appointment, locale }: { appointment: AppointmentView; locale: string }) {
  const t = await getTranslations("booking");
  const a = appointment;
  const rows: [string, React.ReactNode][] = [
    [t("confirmation.number"), <span key="n" className="font-mono text-lg">{formatConfirmationNumber(a.confirmationNumber)}</span>],
    [t("confirmation.securityCode"), <span key="s" className="font-mono text-lg">{a.securityCode}</span>],
    [t("confirmation.dose"), t("dose.label", { doseNumber: a.doseNumber })],
    [t("page.vaccine"), <DataText key="v">{a.vaccineName}</DataText>],
    [t("page.centre"), <DataText key="c">{a.centre.name}</DataText>],
    [t("page.address"), <DataText key="a">{`${a.centre.address}, ${a.centre.block}, ${a.centre.districtName} ${a.centre.postalCode}`}</DataText>],
    [t("page.date"), formatDay(a.date, locale)],
    [t("confirmation.slot"), formatSlot(a.startsAt, a.endsAt)],
    [t("slip.status"), t(`status.${a.status}`)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-semibold text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
