import { getLocale, getTranslations } from "next-intl/server";
import { DataText } from "@/components/ui/data-text";
import type { GivenDose } from "@/lib/vaccination/dose-page";
import { formatInstant } from "./format-instant";

/** What was given: person, dose, vaccine, batch, when (in the country's time zone) and by whom. */
export async function DoseDetails({ dose, timeZone }: { dose: GivenDose; timeZone: string }) {
  const t = await getTranslations("dose.page");
  const locale = await getLocale();
  const rows: [string, React.ReactNode][] = [
    [t("person"), dose.personName],
    [t("dose"), t("doseNumber", { dose: dose.doseNumber })],
    [t("vaccine"), <DataText key="v">{dose.vaccineName}</DataText>],
    [t("batch"), <span key="b" className="font-mono">{dose.lot}</span>],
    [t("givenAt"), formatInstant(dose.administeredAt, locale, timeZone)],
    [t("vaccinator"), dose.vaccinatorName ? <DataText key="s">{dose.vaccinatorName}</DataText> : t("unknownVaccinator")],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">{label}</dt>
          <dd className="font-semibold text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
