import { randomBytes } from "node:crypto";

// Upper-case letters and digits without 0/O and 1/I, so an id read aloud or typed from paper survives.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const OPAQUE_LENGTH = 24;

/*
 * The check character of eHealth Network's "Guidelines on Verifiable Vaccination Certificates – basic
 * interoperability elements", Annex 2: Luhn mod N over the whole UVCI, "URN:UVCI:" prefix included, with the
 * 38-character code set below ('#' is left out: it only separates the check character). Code set, span and the
 * worked example ("URN:UVCI:01:NL:187/37512422923" → "#Z") are from ehn-dcc-development/eu-dcc-schema,
 * wiki/FAQ.md "UVCI checksum" and its reference implementation examples/Luhn-Mod-N/luhn_mod_n.py.
 */
const LUHN_CODE_POINTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:";
const N = LUHN_CODE_POINTS.length;

/** Luhn mod N sum from the right; `doubleFirst` is true when computing a check character, false when validating. */
function luhnRemainder(text: string, doubleFirst: boolean): number | undefined {
  let factor = doubleFirst ? 2 : 1;
  let total = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const codePoint = LUHN_CODE_POINTS.indexOf(text[i]!);
    if (codePoint < 0) return undefined;
    const addend = factor * codePoint;
    total += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return total % N;
}

/** The Annex 2 check character of a UVCI without its "#" suffix. */
export function uvciCheckCharacter(uvci: string): string {
  const remainder = luhnRemainder(uvci, true);
  if (remainder === undefined) throw new Error(`A UVCI holds only A-Z, 0-9, "/" and ":", not "${uvci}"`);
  return LUHN_CODE_POINTS[(N - remainder) % N]!;
}

/** True when `id` is "<uvci>#<check>" and the check character matches; the checksum catches typos, not forgeries. */
export function uvciChecksumValid(id: string): boolean {
  const hash = id.indexOf("#");
  if (hash < 1 || hash !== id.length - 2) return false;
  return luhnRemainder(id.slice(0, hash) + id.slice(hash + 1), false) === 0;
}

/**
 * A certificate id in the EU DCC form, "URN:UVCI:01:<country>:<opaque>#<check>": version 01, the issuing
 * country's ISO alpha-2 code, 24 random characters (120 bits) that say nothing about the person, then the
 * Annex 2 check character.
 */
export function generateUvci(country: string, random: (n: number) => Buffer = randomBytes): string {
  if (!/^[A-Z]{2}$/.test(country)) throw new Error(`A UVCI needs an ISO alpha-2 country code, not "${country}"`);
  // 256 is a multiple of 32, so each byte's low five bits are uniform over the alphabet.
  const opaque = [...random(OPAQUE_LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  const uvci = `URN:UVCI:01:${country}:${opaque}`;
  return `${uvci}#${uvciCheckCharacter(uvci)}`;
}

/** The ids `generateUvci` makes (the DCC allows other opaque parts; ours are always this shape). */
export const uvciPattern = /^URN:UVCI:01:[A-Z]{2}:[A-HJ-NP-Z2-9]{24}#[A-Z0-9/:]$/;
