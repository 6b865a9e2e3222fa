import { normaliseDigits } from "@/lib/forms/digits";

// What the queue's search box was given, read once so the query and the page agree. Pure, unit-tested.

/** Fewer trailing digits than this would match half the queue by mobile number. */
export const MIN_MOBILE_DIGITS = 4;
export const MAX_SEARCH_LENGTH = 100;

/**
 * Digits (in any script, spaces and hyphens ignored) look for a reference id, an appointment number, a
 * security code or the end of a mobile number; anything else is part of a name.
 */
export type QueueSearch = { kind: "digits"; digits: string } | { kind: "name"; text: string };

export function parseQueueSearch(raw: unknown): QueueSearch | null {
  if (typeof raw !== "string") return null;
  const text = normaliseDigits(raw).trim().replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH);
  if (text === "") return null;
  const digits = text.replace(/[\s-]/g, "");
  if (/^[0-9]+$/.test(digits)) return { kind: "digits", digits };
  return { kind: "name", text: text.toLocaleLowerCase("en") };
}

/** Which keys a digit search can match, by its length: a 13-digit reference id is never a 4-digit code. */
export function digitKeys(digits: string): { referenceId: boolean; appointmentNumber: boolean; securityCode: boolean; mobileEnd: boolean } {
  return {
    referenceId: digits.length === 13,
    appointmentNumber: digits.length === 11,
    securityCode: digits.length === 4,
    mobileEnd: digits.length >= MIN_MOBILE_DIGITS && digits.length <= 15,
  };
}
