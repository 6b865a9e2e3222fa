import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normaliseDigits, withDigits } from "./digits";

describe("normaliseDigits", () => {
  it.each([
    ["९८७६५४३२१०", "9876543210"], // Devanagari, as a Hindi keyboard types them
    ["५६०००१", "560001"],
    ["১২৩৪৫৬৭৮৯০", "1234567890"], // Bengali
    ["௧௨௩", "123"], // Tamil
    ["٠١٢٣٤٥٦٧٨٩", "0123456789"], // Arabic-Indic
    ["۱۹۸۵", "1985"], // Extended Arabic-Indic (Urdu)
    ["１２３４", "1234"], // full width
    ["𝟎𝟗𝟏𝟗𝟘𝟡𝟬𝟵", "09190909"], // mathematical digits sit in back-to-back runs
    ["+91 ९८७६५-४३२१०", "+91 98765-43210"],
    ["abc 123", "abc 123"],
  ])("%s → %s", (typed, expected) => {
    expect(normaliseDigits(typed)).toBe(expected);
  });

  it("reads every Unicode decimal digit as the digit it stands for", () => {
    for (let code = 0; code <= 0x1ffff; code += 1) {
      const char = String.fromCodePoint(code);
      if (!/\p{Nd}/u.test(char)) continue;
      const value = normaliseDigits(char);
      expect(value, `U+${code.toString(16)}`).toMatch(/^[0-9]$/);
    }
    // Each script's zero is 0 and its nine is 9.
    for (const zero of [0x966, 0x9e6, 0xbe6, 0x660, 0x6f0, 0xff10, 0x1d7ce, 0x1d7d8]) {
      expect(normaliseDigits(String.fromCodePoint(zero))).toBe("0");
      expect(normaliseDigits(String.fromCodePoint(zero + 9))).toBe("9");
    }
  });
});

describe("withDigits", () => {
  it("normalises before the wrapped schema checks, and leaves non-strings alone", () => {
    const pin = withDigits(z.string().regex(/^[0-9]{6}$/));
    expect(pin.parse("५६०००१")).toBe("560001");
    expect(pin.safeParse(560001).success).toBe(false);
  });
});
