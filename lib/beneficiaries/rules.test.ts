import { describe, expect, it } from "vitest";
import { verhoeffValid } from "@/lib/country/checksums";
import { generateReferenceId } from "./reference-id";
import {
  birthYearRange,
  canAddMore,
  isPhotoIdLocked,
  isSaneBirthYear,
  isValidReferenceId,
  maskPhotoId,
  recordFacts,
  referenceIdFromBody,
  removalRefusal,
  yearIn,
} from "./rules";

describe("reference ids", () => {
  it("are 13 digits, never start with 0, and end in a Verhoeff check digit", () => {
    for (let i = 0; i < 200; i++) {
      const id = generateReferenceId();
      expect(id).toMatch(/^[1-9][0-9]{12}$/);
      expect(verhoeffValid(id)).toBe(true);
      expect(isValidReferenceId(id)).toBe(true);
    }
  });

  it("draw every digit from the random source, so consecutive ids share nothing", () => {
    const ids = new Set(Array.from({ length: 500 }, () => generateReferenceId()));
    expect(ids.size).toBe(500);
    const prefixes = new Set([...ids].map((id) => id.slice(0, 6)));
    expect(prefixes.size).toBeGreaterThan(450);
  });

  it("use the injected source with a non-zero first digit", () => {
    const calls: [number, number][] = [];
    const id = generateReferenceId((min, max) => (calls.push([min, max]), min));
    expect(calls[0]).toEqual([1, 10]);
    expect(calls.slice(1).every(([min, max]) => min === 0 && max === 10)).toBe(true);
    expect(id).toBe(referenceIdFromBody("100000000000"));
  });

  it.each([
    ["a single changed digit", (id: string) => `${id.slice(0, 5)}${(Number(id[5]) + 1) % 10}${id.slice(6)}`],
    ["two swapped neighbours", (id: string) => `${id.slice(0, 3)}${id[4]}${id[3]}${id.slice(5)}`],
  ])("reject %s", (_name, typo) => {
    const id = referenceIdFromBody("123456789012");
    const mistyped = typo(id);
    expect(isValidReferenceId(id)).toBe(true);
    expect(mistyped).not.toBe(id);
    expect(isValidReferenceId(mistyped)).toBe(false);
  });

  it.each(["", "123", "0234567890123", "12345678901234", "12345678901a3"])("reject the malformed %j", (value) => {
    expect(isValidReferenceId(value)).toBe(false);
  });

  it("refuse a body that is not 12 digits", () => {
    expect(() => referenceIdFromBody("012345678901")).toThrow();
    expect(() => referenceIdFromBody("12345")).toThrow();
  });
});

describe("birth years", () => {
  it("span the last 120 years up to this year", () => {
    expect(birthYearRange(2026)).toEqual({ min: 1906, max: 2026 });
  });

  it.each([
    [1906, true],
    [2026, true],
    [1985, true],
    [1905, false],
    [2027, false],
    [1985.5, false],
  ])("%d → %s", (year, sane) => expect(isSaneBirthYear(year, 2026)).toBe(sane));

  it("take the year in the country's time zone", () => {
    const newYearInIndia = new Date("2026-12-31T19:00:00Z");
    expect(yearIn("Asia/Kolkata", newYearInIndia)).toBe(2027);
    expect(yearIn("America/New_York", newYearInIndia)).toBe(2026);
  });
});

describe("masking", () => {
  it("shows only the last characters of a photo ID", () => {
    expect(maskPhotoId("7058")).toBe("••••7058");
  });
});

describe("what a family may still do", () => {
  it.each([
    [0, 4, true],
    [3, 4, true],
    [4, 4, false],
    [5, 4, false],
    [0, 0, false],
  ])("%d registered of %d: can add more → %s", (registered, limit, expected) => {
    expect(canAddMore(registered, limit)).toBe(expected);
  });

  it.each([
    [{ hasDose: false, hasBookedAppointment: false }, false, null],
    [{ hasDose: false, hasBookedAppointment: true }, false, "appointmentBooked"],
    [{ hasDose: true, hasBookedAppointment: false }, true, "vaccinated"],
    [{ hasDose: true, hasBookedAppointment: true }, true, "vaccinated"],
  ] as const)("%j: photo ID locked → %s, removal refused → %s", (facts, locked, refusal) => {
    expect(isPhotoIdLocked(facts)).toBe(locked);
    expect(removalRefusal(facts)).toBe(refusal);
  });

  it.each([
    [[], [], { hasDose: false, hasBookedAppointment: false }],
    [[{}], [], { hasDose: true, hasBookedAppointment: false }],
    [[], [{}], { hasDose: false, hasBookedAppointment: true }],
  ])("reads the facts from a summary's doses %j and booked appointments %j", (doses, appointments, facts) => {
    expect(recordFacts({ doses, appointments })).toEqual(facts);
  });
});
