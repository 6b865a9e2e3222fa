import type { VaccineSpec } from "@/lib/country/types";
import { addDays, isoDateIn } from "@/lib/time/dates";

export interface DoseRecord {
  doseNumber: number;
  vaccineCode: string;
  /** Calendar date in the country's time zone, "YYYY-MM-DD". */
  administeredOn: string;
}

/** The schedule fields of a vaccine, as in the `vaccines` table or a country pack. */
export type VaccineSchedule = Pick<VaccineSpec, "code" | "primaryDoses" | "dose2MinDays" | "dose2MaxDays" | "precautionMinDays">;

type VaccinationStatusCode =
  | "not_vaccinated"
  | "partially_vaccinated"
  | "fully_vaccinated"
  | "precaution_due"
  | "precaution_received";

export interface VaccinationStatus {
  status: VaccinationStatusCode;
  /** The dose to book next, when there is one. */
  nextDose?: number;
  /** First day that dose may be given, "YYYY-MM-DD"; absent when it may be given now without a wait (dose 1). */
  nextEligibleDate?: string;
  /** Last recommended day for the next primary dose, when the schedule has one. */
  dueBy?: string;
}

/**
 * Where a beneficiary stands in their vaccine's schedule. Intervals come from the schedule table only.
 * Later primary doses (3-dose series) use the dose-2 interval after the previous dose.
 */
export function vaccinationStatus(doses: readonly DoseRecord[], schedules: readonly VaccineSchedule[], today: string): VaccinationStatus {
  const ordered = [...doses].sort((a, b) => a.doseNumber - b.doseNumber);
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last) return { status: "not_vaccinated", nextDose: 1 };

  const schedule = schedules.find((s) => s.code === first.vaccineCode);
  if (!schedule) throw new Error(`No schedule for vaccine ${first.vaccineCode}`);
  const given = last.doseNumber;

  if (given < schedule.primaryDoses) {
    return {
      status: "partially_vaccinated",
      nextDose: given + 1,
      ...(schedule.dose2MinDays !== null && { nextEligibleDate: addDays(last.administeredOn, schedule.dose2MinDays) }),
      ...(schedule.dose2MaxDays !== null && { dueBy: addDays(last.administeredOn, schedule.dose2MaxDays) }),
    };
  }
  if (given > schedule.primaryDoses) return { status: "precaution_received" };
  if (schedule.precautionMinDays === null) return { status: "fully_vaccinated" };

  const eligible = addDays(last.administeredOn, schedule.precautionMinDays);
  return { status: eligible <= today ? "precaution_due" : "fully_vaccinated", nextDose: given + 1, nextEligibleDate: eligible };
}

/** Stored doses carry instants; schedules count calendar days in the country's time zone. */
export function toDoseRecords(doses: readonly { doseNumber: number; vaccineCode: string; administeredAt: Date }[], timeZone: string): DoseRecord[] {
  return doses.map((dose) => ({ doseNumber: dose.doseNumber, vaccineCode: dose.vaccineCode, administeredOn: isoDateIn(timeZone, dose.administeredAt) }));
}
