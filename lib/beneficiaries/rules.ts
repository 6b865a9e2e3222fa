import { verhoeffCheckDigit, verhoeffValid } from "@/lib/country/checksums";
import { dateTimeFormat } from "@/lib/time/formatters";

// Pure and browser-safe: the form imports these too. The random generator lives in reference-id.ts.

/** 12 body digits, the first non-zero, then a Verhoeff check digit that catches a vaccinator's typo. */
export function referenceIdFromBody(body: string): string {
  if (!/^[1-9][0-9]{11}$/.test(body)) throw new Error("A reference id body is 12 digits and does not start with 0");
  return `${body}${verhoeffCheckDigit(body)}`;
}

export function isValidReferenceId(value: string): boolean {
  return /^[1-9][0-9]{12}$/.test(value) && verhoeffValid(value);
}

/** Oldest plausible person: 120 years. `thisYear` must come from the pack's time zone. */
const MAX_AGE_YEARS = 120;

export function birthYearRange(thisYear: number): { min: number; max: number } {
  return { min: thisYear - MAX_AGE_YEARS, max: thisYear };
}

export function isSaneBirthYear(year: number, thisYear: number): boolean {
  const { min, max } = birthYearRange(thisYear);
  return Number.isInteger(year) && year >= min && year <= max;
}

/** The calendar year now in a time zone (New Year's Eve in UTC is already next year in Asia). */
export function yearIn(timeZone: string, at: Date = new Date()): number {
  return Number(dateTimeFormat("en-CA", { timeZone, year: "numeric" }).format(at));
}

/** How often an account may hear that a photo ID is already registered: room for typos, too little to test a list. */
export const duplicatePhotoIdRefusals = { limit: 5, windowSeconds: 86_400 };

/** Another person may be registered while the account is under its limit. */
export function canAddMore(registered: number, limit: number): boolean {
  return registered < limit;
}

/** What a person's record holds that decides what may still change about it. */
export interface RecordFacts {
  hasDose: boolean;
  hasBookedAppointment: boolean;
}

/** The facts as a summary shows them (its appointments are the booked ones). */
export function recordFacts(person: { doses: readonly unknown[]; appointments: readonly unknown[] }): RecordFacts {
  return { hasDose: person.doses.length > 0, hasBookedAppointment: person.appointments.length > 0 };
}

/** A certificate names the ID a dose was given against, so it stays as it is from the first dose on. */
export function isPhotoIdLocked(facts: Pick<RecordFacts, "hasDose">): boolean {
  return facts.hasDose;
}

export type RemovalRefusal = "vaccinated" | "appointmentBooked";

/** Why a person cannot be removed, or null: never after a dose (for good), not while an appointment is booked. */
export function removalRefusal(facts: RecordFacts): RemovalRefusal | null {
  if (facts.hasDose) return "vaccinated";
  if (facts.hasBookedAppointment) return "appointmentBooked";
  return null;
}

const MASK = "••••";

/** Only the last characters are ever stored; show them behind a neutral mask. */
export function maskPhotoId(last4: string): string {
  return `${MASK}${last4}`;
}
