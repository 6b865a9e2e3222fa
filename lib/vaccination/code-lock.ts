import { timingSafeEqual } from "node:crypto";

// The security code at the desk: a 4-digit code guessed a few times a day locks the appointment until the
// next day, so a stranger holding someone's appointment number cannot try codes until one fits.

/** What an appointment row keeps: wrong codes counted on one day (the country's date). */
export interface CodeFailures {
  count: number;
  /** "YYYY-MM-DD", or null when no wrong code was ever entered. */
  on: string | null;
}

/** Wrong codes that count today: a new day starts from zero. */
export function failuresToday(failures: CodeFailures, today: string): number {
  return failures.on === today ? failures.count : 0;
}

/** Locked for the rest of the day once the limit is reached; the right code does not unlock it. */
export function isCodeLocked(failures: CodeFailures, today: string, maxAttempts: number): boolean {
  return failuresToday(failures, today) >= maxAttempts;
}

export type WrongCodeAnswer = { reason: "wrongCode"; attemptsLeft: number } | { reason: "locked" };

/** The answer to a wrong code, given today's count with it included: the one that reaches the limit locks. */
export function wrongCodeAnswer(countWithThisOne: number, maxAttempts: number): WrongCodeAnswer {
  const attemptsLeft = maxAttempts - countWithThisOne;
  return attemptsLeft > 0 ? { reason: "wrongCode", attemptsLeft } : { reason: "locked" };
}

/** Compares in constant time; a missing code is a wrong one. */
export function securityCodeMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
