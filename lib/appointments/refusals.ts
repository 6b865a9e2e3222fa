// Why a person cannot book: a code and the values its message needs. The UI translates them with
// `refusalMessage` and the `booking.refusal.*` catalogue entries; dates stay ISO until then.

export type Refusal =
  | { reason: "sessionCancelled" }
  | { reason: "sessionClosed" }
  | { reason: "sessionPast" }
  | { reason: "alreadyVaccinated"; doseNumber: number }
  | { reason: "alreadyBooked"; doseNumber: number }
  | { reason: "noFurtherDose" }
  | { reason: "doseOrder"; doseNumber: number; previousDose: number }
  | { reason: "precautionNeedsSeries"; vaccineName: string; primaryDoses: number }
  | { reason: "wrongVaccine"; doseNumber: number; vaccineName: string; sessionVaccineName: string }
  | { reason: "tooYoung"; minAge: number }
  | { reason: "tooOld"; maxAge: number }
  | { reason: "tooEarly"; doseNumber: number; vaccineName: string; from: string }
  | { reason: "precautionTooEarly"; vaccineName: string; from: string }
  | { reason: "tooLate"; doseNumber: number; vaccineName: string; until: string };

export type RefusalReason = Refusal["reason"];

/** Every reason, for the catalogue test and for exhaustive UI tables. */
export const refusalReasons = [
  "sessionCancelled",
  "sessionClosed",
  "sessionPast",
  "alreadyVaccinated",
  "alreadyBooked",
  "noFurtherDose",
  "doseOrder",
  "precautionNeedsSeries",
  "wrongVaccine",
  "tooYoung",
  "tooOld",
  "tooEarly",
  "precautionTooEarly",
  "tooLate",
] as const satisfies readonly RefusalReason[];

/** The params that hold ISO dates: the UI formats them in the reader's language. */
const dateParams = new Set(["from", "until"]);

/**
 * The catalogue key and values for a refusal, e.g. `t(key, values)` with the `booking` namespace:
 * "Dose 2 of Covishield can be booked from 14 March 2027". `formatDay` turns "YYYY-MM-DD" into words.
 */
export function refusalMessage(refusal: Refusal, formatDay: (isoDate: string) => string): { key: `refusal.${RefusalReason}`; values: Record<string, string | number> } {
  const { reason, ...params } = refusal;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params) as [string, string | number][]) {
    values[name] = dateParams.has(name) && typeof value === "string" ? formatDay(value) : value;
  }
  return { key: `refusal.${reason}`, values };
}
