import { describe, expect, it } from "vitest";
import { romanizeDevanagari } from "./devanagari";
import { transliterateName } from "./transliterate";

describe("transliterateName", () => {
  it.each([
    // Examples from the DCC schema and the published test certificates (dgc-testdata AT/2DCode/raw/1.json).
    ["d'Červenková Panklová", "DCERVENKOVA<PANKLOVA"],
    ["Jiřina-Maria Alena", "JIRINA<MARIA<ALENA"],
    ["Musterfrau-Gößinger", "MUSTERFRAU<GOESSINGER"],
    // The ICAO Latin table: own transliterations, not stripped accents.
    ["Ärger Öffner Über", "AERGER<OEFFNER<UEBER"],
    ["Ångström", "AANGSTROEM"],
    ["Æsa Søren Œuvre", "AESA<SOEREN<OEUVRE"],
    ["Þórður", "THORDUR"],
    ["Straße STRAẞE", "STRASSE<STRASSE"],
    ["Łukasz Đorđević", "LUKASZ<DORDEVIC"],
    ["Ĳsbrand Ħal", "IJSBRAND<HAL"],
    // Everything else loses its accent.
    ["José Muñoz Çelik", "JOSE<MUNOZ<CELIK"],
    ["Nguyễn Thị Ánh", "NGUYEN<THI<ANH"],
    ["A\u0308nne", "AENNE"],
    // Separators, punctuation, digits and empties.
    ["  Mary   Ann  ", "MARY<ANN"],
    ["O'Brien-Smith, Jr.", "OBRIEN<SMITH<JR"],
    ["Anne – Marie", "ANNE<MARIE"],
    ["R2-D2", "R<D"],
    ["", ""],
    ["王小明", ""],
    // Devanagari (see romanizeDevanagari), alone or mixed with Latin.
    ["राम कुमार", "RAM<KUMAR"],
    ["सीता देवी", "SITA<DEVI"],
    ["Ravi कुमार", "RAVI<KUMAR"],
  ])("%s → %s", (name, expected) => {
    expect(transliterateName(name)).toBe(expected);
  });

  it("stops at 80 characters and never ends on a filler", () => {
    const long = transliterateName(`${"A".repeat(79)} BCD`);
    expect(long).toBe("A".repeat(79));
    expect(transliterateName("W".repeat(100))).toHaveLength(80);
  });

  it("gives only what the DCC schema allows", () => {
    for (const name of ["Zoë d'Arc", "श्री गणेश", "Ольга", "x-y z", "---"]) {
      expect(transliterateName(name)).toMatch(/^(?:[A-Z]+(?:<[A-Z]+)*)?$/);
    }
  });
});

describe("romanizeDevanagari", () => {
  it.each([
    ["राम", "RAM"], // the inherent "a" drops at the end of a word
    ["कुमार", "KUMAR"],
    ["सीता", "SITA"], // long and short vowels alike, as on Indian passports
    ["मित्र", "MITRA"], // kept after a final conjunct
    ["इन्द्र", "INDRA"],
    ["शुक्ल", "SHUKLA"],
    ["कमला", "KAMALA"], // kept inside a word
    ["न", "NA"], // a word of one consonant keeps it
    ["लक्ष्मी", "LAKSHMI"],
    ["ज्ञान", "GYAN"],
    ["संत", "SANT"], // anusvara
    ["कुंभ", "KUMBH"], // anusvara before a labial
    ["गाँव", "GANV"], // chandrabindu
    ["दुःख", "DUHKH"], // visarga
    ["ज़रीना", "ZARINA"], // nukta, decomposed
    ["\u095Bरीना", "ZARINA"], // nukta, precomposed
    ["फ़ातिमा", "FATIMA"],
    ["ऋषि", "RISHI"],
    ["ऐश्वर्या", "AISHVARYA"],
    ["अमित शर्मा", "AMIT SHARMA"],
    ["Ravi", "Ravi"], // other scripts pass through
  ])("%s → %s", (text, expected) => {
    expect(romanizeDevanagari(text)).toBe(expected);
  });
});
