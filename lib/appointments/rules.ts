import type { DoseKind } from "@/lib/centres/rules";
import type { VaccineSpec } from "@/lib/country/types";
import { addDays } from "@/lib/time/dates";
import type { DoseRecord, VaccineSchedule } from "@/lib/vaccination/rules";
import type { Refusal } from "./refusals";

// Pure booking eligibility: no I/O, every number from the vaccine table. Browser-safe.

/** What booking needs of a vaccine, as the `vaccines` table holds it. */
export type VaccineRules = VaccineSchedule & Pick<VaccineSpec, "name" | "minAgeYears" | "maxAgeYears" | "mixableWith">;

/** Which of a session's counters a dose takes its seat from (the search pages call it a dose kind). */
export type CapacityKind = DoseKind;

export interface SessionFacts {
  /** "YYYY-MM-DD", the country's calendar. */
  date: string;
  vaccineCode: string;
  minAge: number;
  maxAge: number | null;
  status: "scheduled" | "cancelled" | "closed";
}

export interface PersonFacts {
  birthYear: number;
  doses: readonly DoseRecord[];
  /** Appointments with status "booked". */
  bookedAppointments: readonly { id: string; doseNumber: number }[];
}

export interface EligibilityInput {
  person: PersonFacts;
  session: SessionFacts;
  doseNumber: number;
  vaccines: readonly VaccineRules[];
  /** The country's date today, "YYYY-MM-DD". */
  today: string;
  /** A reschedule checks the appointment it moves without counting it as "already booked". */
  ignoreAppointmentId?: string;
}

export type Eligibility = { ok: true; kind: CapacityKind } | { ok: false; refusal: Refusal };

/** Which counter a dose takes a seat from. Later primary doses (3-dose series) share the dose-2 seats. */
export function capacityKindFor(doseNumber: number, primaryDoses: number): CapacityKind {
  if (doseNumber === 1) return "dose1";
  return doseNumber <= primaryDoses ? "dose2" : "precaution";
}

/** The series follows dose 1's vaccine, as the family page's status does. */
function seriesVaccine(doses: readonly DoseRecord[], vaccines: readonly VaccineRules[]): VaccineRules | undefined {
  const first = doses.find((d) => d.doseNumber === 1);
  return first && vaccineOf(vaccines, first.vaccineCode);
}

function vaccineOf(vaccines: readonly VaccineRules[], code: string): VaccineRules {
  const vaccine = vaccines.find((v) => v.code === code);
  if (!vaccine) throw new Error(`No vaccine ${code} in the vaccine table`);
  return vaccine;
}

/** The last dose a schedule offers: the primary series, plus a precaution dose when it has an interval for one. */
const lastDoseOf = (vaccine: VaccineRules) => vaccine.primaryDoses + (vaccine.precautionMinDays === null ? 0 : 1);

/** The dose a person books next, or null once the schedule offers nothing more. */
export function nextDoseFor(doses: readonly DoseRecord[], vaccines: readonly VaccineRules[]): number | null {
  const series = seriesVaccine(doses, vaccines);
  if (!series) return 1;
  const next = Math.max(...doses.map((d) => d.doseNumber)) + 1;
  return next <= lastDoseOf(series) ? next : null;
}

export function sessionRefusal(session: Pick<SessionFacts, "date" | "status">, today: string): Refusal | null {
  if (session.status === "cancelled") return { reason: "sessionCancelled" };
  if (session.status === "closed") return { reason: "sessionClosed" };
  if (session.date < today) return { reason: "sessionPast" };
  return null;
}

/** Age counts in whole years from the birth year to the session's year: turning 18 that year is 18. */
function ageRefusal(birthYear: number, session: SessionFacts, vaccine: VaccineRules): Refusal | null {
  const age = Number(session.date.slice(0, 4)) - birthYear;
  const minAge = Math.max(session.minAge, vaccine.minAgeYears);
  const maxAges = [session.maxAge, vaccine.maxAgeYears].filter((a): a is number => a !== null);
  if (age < minAge) return { reason: "tooYoung", minAge };
  if (maxAges.length > 0 && age > Math.min(...maxAges)) return { reason: "tooOld", maxAge: Math.min(...maxAges) };
  return null;
}

/** Dose n ≥ 2: order, vaccine and interval, all measured against the session's date. */
function seriesRefusal(input: EligibilityInput, sessionVaccine: VaccineRules): Refusal | null {
  const { person, session, doseNumber, vaccines } = input;
  const series = seriesVaccine(person.doses, vaccines);
  const precaution = series ? doseNumber > series.primaryDoses : false;
  if (series && doseNumber > lastDoseOf(series)) return { reason: "noFurtherDose" };

  const previous = person.doses.find((d) => d.doseNumber === doseNumber - 1);
  if (!series || !previous) {
    return series && precaution
      ? { reason: "precautionNeedsSeries", vaccineName: series.name, primaryDoses: series.primaryDoses }
      : { reason: "doseOrder", doseNumber, previousDose: doseNumber - 1 };
  }

  if (sessionVaccine.code !== series.code && !sessionVaccine.mixableWith.includes(series.code)) {
    return { reason: "wrongVaccine", doseNumber, vaccineName: series.name, sessionVaccineName: sessionVaccine.name };
  }

  const minDays = (precaution ? series.precautionMinDays : series.dose2MinDays) ?? 0;
  const maxDays = precaution ? null : series.dose2MaxDays;
  const from = addDays(previous.administeredOn, minDays);
  if (session.date < from) {
    return precaution ? { reason: "precautionTooEarly", vaccineName: series.name, from } : { reason: "tooEarly", doseNumber, vaccineName: series.name, from };
  }
  if (maxDays !== null) {
    const until = addDays(previous.administeredOn, maxDays);
    if (session.date > until) return { reason: "tooLate", doseNumber, vaccineName: series.name, until };
  }
  return null;
}

/** Whether one person may book one dose at one session; the first rule that refuses gives the reason. */
export function checkEligibility(input: EligibilityInput): Eligibility {
  const { person, session, doseNumber, vaccines, today } = input;
  const refused = (refusal: Refusal): Eligibility => ({ ok: false, refusal });

  const closed = sessionRefusal(session, today);
  if (closed) return refused(closed);
  if (person.doses.some((d) => d.doseNumber === doseNumber)) return refused({ reason: "alreadyVaccinated", doseNumber });
  if (person.bookedAppointments.some((a) => a.doseNumber === doseNumber && a.id !== input.ignoreAppointmentId)) {
    return refused({ reason: "alreadyBooked", doseNumber });
  }

  const sessionVaccine = vaccineOf(vaccines, session.vaccineCode);
  if (doseNumber > 1) {
    const refusal = seriesRefusal(input, sessionVaccine);
    if (refusal) return refused(refusal);
  }
  const tooYoungOrOld = ageRefusal(person.birthYear, session, sessionVaccine);
  if (tooYoungOrOld) return refused(tooYoungOrOld);

  const primaryDoses = (seriesVaccine(person.doses, vaccines) ?? sessionVaccine).primaryDoses;
  return { ok: true, kind: capacityKindFor(doseNumber, primaryDoses) };
}
