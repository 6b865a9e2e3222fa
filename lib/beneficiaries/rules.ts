import { verhoeffCheckDigit, verhoeffValid } from "@/lib/country/checksums";

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
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric" }).format(at));
}

const MASK = "••••";

/** Only the last characters are ever stored; show them behind a neutral mask. */
export function maskPhotoId(last4: string): string {
  return `${MASK}${last4}`;
}
