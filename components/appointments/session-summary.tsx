import { getTranslations } from "next-intl/server";
import { DataText } from "@/components/ui/data-text";
import type { BookingSession } from "@/lib/appointments/booking-page";
import { formatDay } from "@/lib/appointments/format";
import type { CapacityKind } from "@/lib/appointments/rules";

const kinds: CapacityKind[] = ["dose1", "dose2", "precaution"];

/** The session being booked: where, when, which vaccine, for whom, the fee and the open seats per dose kind. */
export async function SessionSummary({ session, locale }: { session: BookingSession; locale: string }) {
  const t = await getTranslations("booking");
  const rows: [string, React.ReactNode][] = [
    [t("page.centre"), <DataText key="c">{session.centre.name}</DataText>],
    [t("page.address"), <DataText key="a">{`${session.centre.address}, ${session.centre.block}, ${session.centre.districtName} ${session.centre.postalCode}`}</DataText>],
    [t("page.date"), formatDay(session.date, locale)],
    [t("page.vaccine"), <DataText key="v">{session.vaccineName}</DataText>],
    [t("page.ages"), session.maxAge === null ? t("page.agesFrom", { min: session.minAge }) : t("page.agesRange", { min: session.minAge, max: session.maxAge })],
    [t("page.fee"), session.fee === 0 ? t("page.free") : t("page.paid", { fee: session.fee })],
    [
      t("page.seats"),
      kinds
        .filter((kind) => session.free[kind] > 0)
        .map((kind) => t("page.seatsOf", { kind: t(`kind.${kind}`), count: session.free[kind] }))
        .join(" · ") || "0",
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-300 bg-white p-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-semibold text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
