import { romanizeDevanagari } from "./devanagari";

/*
 * The machine-readable form of a name (the DCC's `fnt` / `gnt`), after ICAO Doc 9303 Part 3 §6: only A-Z and
 * the filler "<"; spaces and hyphens become "<"; apostrophes and other punctuation are left out
 * ("d'Červenková Panklová" → "DCERVENKOVA<PANKLOVA", the DCC schema's own example). Letters of the Latin table
 * that are not an accent on a base letter have their own transliteration; every other diacritic is stripped.
 * Devanagari is romanized first (see devanagari.ts); letters of other scripts are dropped.
 */
const LATIN_TABLE: Record<string, string> = {
  Ä: "AE", Å: "AA", Æ: "AE", Ö: "OE", Ø: "OE", Œ: "OE", Ü: "UE", ẞ: "SS", Þ: "TH",
  Ð: "D", Đ: "D", Ħ: "H", Ĳ: "IJ", Ł: "L", Ŀ: "L", Ŋ: "N", Ŧ: "T", ı: "I",
};

const MAX_LENGTH = 80;

/** ICAO 9303 transliteration of a name, at most 80 characters, e.g. "Musterfrau-Gößinger" → "MUSTERFRAU<GOESSINGER". */
export function transliterateName(name: string): string {
  // toUpperCase turns ß into SS; NFC first so that "A" + combining diaeresis meets the table as Ä.
  const upper = romanizeDevanagari(name).normalize("NFC").toUpperCase();
  let out = "";
  for (const char of upper) {
    const mapped = LATIN_TABLE[char] ?? char.normalize("NFD").replace(/\p{M}/gu, "");
    for (const c of mapped) {
      if (c >= "A" && c <= "Z") out += c;
      else if (/[\s\-‐‑‒–—]/u.test(c)) out += "<";
    }
  }
  // One filler between name parts ("<<" separates surname from forenames in an MRZ, never wanted here).
  return out.replace(/<+/g, "<").replace(/^<|<$/g, "").slice(0, MAX_LENGTH).replace(/<$/, "");
}
