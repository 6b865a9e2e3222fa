import { randomBytes } from "node:crypto";
import type { CertificateKind } from "./types";

/** Provisional while the primary series is partial, final at its last dose, booster after it. */
export function certificateKindFor(doseNumber: number, primaryDoses: number): CertificateKind {
  if (doseNumber < primaryDoses) return "provisional";
  return doseNumber === primaryDoses ? "final" : "booster";
}

// Upper-case letters and digits without 0/O and 1/I, so an id read aloud or typed from paper survives.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const OPAQUE_LENGTH = 24;

/**
 * A certificate id in the EU DCC form, "URN:UVCI:01:<country>:<opaque>": version 01, the issuing
 * country's ISO alpha-2 code, then 24 random characters (120 bits) that say nothing about the person.
 */
export function generateUvci(country: string, random: (n: number) => Buffer = randomBytes): string {
  if (!/^[A-Z]{2}$/.test(country)) throw new Error(`A UVCI needs an ISO alpha-2 country code, not "${country}"`);
  // 256 is a multiple of 32, so each byte's low five bits are uniform over the alphabet.
  const opaque = [...random(OPAQUE_LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `URN:UVCI:01:${country}:${opaque}`;
}

/** The ids `generateUvci` makes (the DCC allows other opaque parts; ours are always this shape). */
export const uvciPattern = /^URN:UVCI:01:[A-Z]{2}:[A-HJ-NP-Z2-9]{24}$/;
