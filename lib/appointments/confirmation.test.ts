import { describe, expect, it } from "vitest";
import { formatConfirmationNumber, generateConfirmationNumber, generateSecurityCode, isValidConfirmationNumber } from "./confirmation";

describe("confirmation numbers", () => {
  const samples = Array.from({ length: 500 }, generateConfirmationNumber);

  it("are 11 digits, never starting with 0, with a valid check digit", () => {
    for (const value of samples) {
      expect(value).toMatch(/^[1-9][0-9]{10}$/);
      expect(isValidConfirmationNumber(value)).toBe(true);
    }
  });

  it("are drawn at random: 500 draws do not repeat", () => {
    expect(new Set(samples).size).toBe(samples.length);
  });

  it("catch a single mistyped digit and two swapped neighbours", () => {
    const value = samples[0]!;
    for (let i = 0; i < value.length; i++) {
      const digit = Number(value[i]);
      const typo = `${value.slice(0, i)}${(digit + 1) % 10}${value.slice(i + 1)}`;
      expect(isValidConfirmationNumber(typo), typo).toBe(false);
    }
    const swapped = samples.find((v) => v[3] !== v[4])!;
    expect(isValidConfirmationNumber(`${swapped.slice(0, 3)}${swapped[4]}${swapped[3]}${swapped.slice(5)}`)).toBe(false);
  });

  it("are shown in groups of 3, 4 and 4", () => {
    expect(formatConfirmationNumber("12345678901")).toBe("123 4567 8901");
  });
});

describe("security codes", () => {
  it("are 4 digits, leading zeros kept, and cover the range", () => {
    const codes = Array.from({ length: 5000 }, generateSecurityCode);
    for (const code of codes) expect(code).toMatch(/^[0-9]{4}$/);
    expect(codes.some((c) => c.startsWith("0"))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(3000);
  });
});
