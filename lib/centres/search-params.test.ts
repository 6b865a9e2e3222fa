import { describe, expect, it } from "vitest";
import { getCountryPack } from "@/lib/country";
import { readSearchParams } from "./search-params";

const india = getCountryPack("IN").postalCode;
const kenya = getCountryPack("KE").postalCode;

describe("readSearchParams", () => {
  it.each([
    ["560001", "560001"],
    ["560 001", "560001"],
    ["५६०००१", "560001"], // typed on a Hindi keyboard
    ["৫৬০০০১", "560001"], // Bengali digits
  ])("reads the PIN %s as %s", (pin, expected) => {
    expect(readSearchParams({ pin }, india)).toEqual({ params: { pin: expected }, understood: true });
  });

  it.each(["56001", "5600011", "056001", "abcdef", "56OO01"])("keeps the malformed PIN %s as typed, apart from the rest", (pin) => {
    expect(readSearchParams({ pin, fee: "paid" }, india)).toEqual({ params: { fee: "paid" }, understood: true, badPin: pin });
  });

  it("holds each country to its own pattern", () => {
    expect(readSearchParams({ pin: "00100" }, kenya).params.pin).toBe("00100");
    expect(readSearchParams({ pin: "00100" }, india).badPin).toBe("00100");
  });

  it("still reports other parts it did not understand", () => {
    expect(readSearchParams({ district: "abc" }, india)).toEqual({ params: {}, understood: false });
    expect(readSearchParams({}, india)).toEqual({ params: {}, understood: true });
  });
});
