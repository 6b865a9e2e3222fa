import { describe, expect, it } from "vitest";
import { getCountryPack } from "@/lib/country";
import { maskMobile, normaliseMobile } from "./phone";

const india = getCountryPack("IN").phone;
const kenya = getCountryPack("KE").phone;

describe("normaliseMobile", () => {
  it.each([
    ["9876543210", "+919876543210"],
    ["98765 43210", "+919876543210"],
    ["+91 98765-43210", "+919876543210"],
    ["09876543210", "+919876543210"],
    ["919876543210", "+919876543210"],
    [" 6000000001 ", "+916000000001"],
  ])("accepts the Indian mobile %s", (raw, e164) => {
    expect(normaliseMobile(raw, india)).toBe(e164);
  });

  it.each([
    ["1234567890", "a landline-shaped number"],
    ["5876543210", "a number not starting 6–9"],
    ["987654321", "nine digits"],
    ["98765432101", "eleven digits"],
    ["+447911123456", "another country's mobile"],
    ["abcdefghij", "letters"],
    ["", "nothing"],
  ])("refuses %s (%s)", (raw) => {
    expect(normaliseMobile(raw, india)).toBeNull();
  });

  it("follows the pack: a Kenyan pack takes Kenyan mobiles only", () => {
    expect(normaliseMobile("0712 345678", kenya)).toBe("+254712345678");
    expect(normaliseMobile("9876543210", kenya)).toBeNull();
  });
});

describe("maskMobile", () => {
  it("shows the calling code and the last four digits only", () => {
    expect(maskMobile("+919876543210", india)).toBe("+91 ••••••3210");
    expect(maskMobile("+254712345678", kenya)).toBe("+254 •••••5678");
  });
});
