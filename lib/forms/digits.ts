import { z } from "zod";

const DECIMAL_DIGIT = /\p{Nd}/u;
const DECIMAL_DIGITS = /\p{Nd}/gu;

/**
 * A decimal digit's value in any script. Unicode assigns each script's digits as a contiguous run 0–9
 * (runs may sit back to back, as the mathematical digits do), so the value is the distance from the start
 * of the run, modulo 10.
 */
function digitValue(char: string): number {
  const code = char.codePointAt(0)!;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return (code - start) % 10;
}

/** Devanagari (०-९), Bengali, Tamil, Arabic-Indic, full-width and every other script's digits become 0-9. */
export function normaliseDigits(value: string): string {
  return value.replace(DECIMAL_DIGITS, (char) => (char >= "0" && char <= "9" ? char : String(digitValue(char))));
}

/** Wraps a field's schema so digits typed in any script are read as 0-9 before it validates. */
export function withDigits<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" ? normaliseDigits(value) : value), schema);
}
