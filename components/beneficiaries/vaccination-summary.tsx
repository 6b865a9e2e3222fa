import { getFormatter, getTranslations } from "next-intl/server";
import { dataTag } from "@/components/ui/data-text";
import type { BeneficiarySummary } from "@/lib/beneficiaries/queries";
import type { VaccinationStatus } from "@/lib/vaccination/rules";

interface VaccinationSummaryProps {
  doses: BeneficiarySummary["doses"];
  status: VaccinationStatus;
  vaccineNames: Record<string, string>;
  timeZone: string;
  /** An active appointment covers the next dose: the appointment on the card says when. */
  nextDoseBooked?: boolean;
}

const statusStyles: Record<VaccinationStatus["status"], string> = {
  not_vaccinated: "bg-slate-100 text-slate-900",
  partially_vaccinated: "bg-brand-50 text-brand-800",
  fully_vaccinated: "bg-success-50 text-success-700",
  precaution_due: "bg-brand-50 text-brand-800",
  precaution_received: "bg-success-50 text-success-700",
};

/** Status badge, the doses given, and when the next one may be booked. */
export async function VaccinationSummary({ doses, status, vaccineNames, timeZone, nextDoseBooked = false }: VaccinationSummaryProps) {
  const t = await getTranslations("account");
  const format = await getFormatter();
  // Schedule dates are calendar days; format them as such, not as instants.
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const isPrecaution = status.status === "fully_vaccinated" || status.status === "precaution_due";
  // A booked appointment for the next dose is on the card already: "can be booked now" would contradict it.
  const next =
    status.nextDose === undefined
      ? null
      : status.nextEligibleDate === undefined
        ? nextDoseBooked
          ? null
          : t("card.nextDoseNow", { dose: status.nextDose })
        : isPrecaution
          ? t("card.precautionFrom", { date: day(status.nextEligibleDate) })
          : t("card.nextDoseFrom", { dose: status.nextDose, date: day(status.nextEligibleDate) });
  const dueBy = status.nextDose !== undefined && status.dueBy ? t("card.dueBy", { date: day(status.dueBy) }) : null;

  return (
    <div className="space-y-2">
      <p>
        <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${statusStyles[status.status]}`}>{t(`status.${status.status}`)}</span>
      </p>
      {doses.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {doses.map((dose) => (
            <li key={dose.doseNumber}>
              {t.rich("card.dose", {
                dose: dose.doseNumber,
                vaccine: vaccineNames[dose.vaccineCode] ?? dose.vaccineCode,
                date: format.dateTime(dose.administeredAt, { dateStyle: "medium", timeZone }),
                data: dataTag,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {next || dueBy ? <p className="text-sm">{[next, dueBy].filter(Boolean).join(" ")}</p> : null}
    </div>
  );
}
