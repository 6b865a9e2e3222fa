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

describe("readSearchParams: whom and which page", () => {
  const person = "6f1c1a52-2b9e-4b8e-9a51-1f0d2b7c9e10";
  it("reads a beneficiary id and a page number", () => {
    expect(readSearchParams({ pin: "560001", for: person, page: "2" }, india)).toEqual({ params: { pin: "560001", for: person, page: 2 }, understood: true });
  });
  it.each([{ for: "12" }, { page: "0" }, { page: "-1" }, { page: "2.5" }])("does not understand %o", (raw) => {
    expect(readSearchParams(raw, india).understood).toBe(false);
  });
});
