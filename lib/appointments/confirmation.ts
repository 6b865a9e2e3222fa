import { randomInt } from "node:crypto";
import { verhoeffCheckDigit, verhoeffValid } from "@/lib/country/checksums";

/*
 * Appointment numbers: 11 digits, the first non-zero, the last a Verhoeff check digit, shown as
 * "123 4567 8901". Not 10 (a mobile number), 12 (an Aadhaar number) or 13 (a reference id), so a slip
 * never reads as another number a citizen carries; the check digit catches a digit misheard at the desk.
 * 9 × 10⁹ random bodies: at a billion live appointments about one insert in nine collides and is retried.
 */
export function generateConfirmationNumber(): string {
  const body = `${randomInt(1, 10)}${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
  return `${body}${verhoeffCheckDigit(body)}`;
}

export function isValidConfirmationNumber(value: string): boolean {
  return /^[1-9][0-9]{10}$/.test(value) && verhoeffValid(value);
}

/** "12345678901" → "123 4567 8901", for slips and screens (screen readers read the groups). */
export function formatConfirmationNumber(value: string): string {
  return `${value.slice(0, 3)} ${value.slice(3, 7)} ${value.slice(7)}`;
}

/** The 4-digit code the vaccinator asks for; uniform over 0000–9999. */
export function generateSecurityCode(): string {
  return String(randomInt(0, 10_000)).padStart(4, "0");
}
