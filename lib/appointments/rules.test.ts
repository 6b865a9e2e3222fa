import { describe, expect, it } from "vitest";
import type { DoseRecord } from "@/lib/vaccination/rules";
import { capacityKindFor, checkEligibility, nextDoseFor, type EligibilityInput, type SessionFacts, type VaccineRules } from "./rules";

const vaccine = (code: string, name: string, overrides: Partial<VaccineRules> = {}): VaccineRules => ({
  code,
  name,
  primaryDoses: 2,
  dose2MinDays: 28,
  dose2MaxDays: null,
  precautionMinDays: 273,
  minAgeYears: 18,
  maxAgeYears: null,
  mixableWith: [],
  ...overrides,
});

// A vaccine table in the shape of India's, plus shapes India does not have.
const vaccines: VaccineRules[] = [
  vaccine("LONG", "Covishield", { dose2MinDays: 84, dose2MaxDays: 112 }),
  vaccine("SHORT", "Covaxin", { dose2MaxDays: 42, minAgeYears: 15 }),
  vaccine("MIX", "Corbevax", { minAgeYears: 12, mixableWith: ["SHORT"] }),
  vaccine("ONE", "Janssen", { primaryDoses: 1, dose2MinDays: null, precautionMinDays: 60 }),
  vaccine("NOBOOST", "Noboost", { dose2MinDays: 21, dose2MaxDays: 42, precautionMinDays: null }),
  vaccine("THREE", "Triplex", { primaryDoses: 3, dose2MinDays: 30, precautionMinDays: 100 }),
  vaccine("ELDER", "Eldervax", { maxAgeYears: 59 }),
];

const dose = (doseNumber: number, vaccineCode: string, administeredOn: string): DoseRecord => ({ doseNumber, vaccineCode, administeredOn });
const session = (vaccineCode: string, date: string, overrides: Partial<SessionFacts> = {}): SessionFacts => ({
  vaccineCode,
  date,
  minAge: 18,
  maxAge: null,
  status: "scheduled",
  ...overrides,
});

interface Case {
  birthYear?: number;
  doses?: DoseRecord[];
  booked?: { id: string; doseNumber: number }[];
  session: SessionFacts;
  doseNumber: number;
  today?: string;
  ignoreAppointmentId?: string;
}

function check(c: Case) {
  const input: EligibilityInput = {
    person: { birthYear: c.birthYear ?? 1980, doses: c.doses ?? [], bookedAppointments: c.booked ?? [] },
    session: c.session,
    doseNumber: c.doseNumber,
    vaccines,
    today: c.today ?? "2026-01-01",
    ...(c.ignoreAppointmentId && { ignoreAppointmentId: c.ignoreAppointmentId }),
  };
  const result = checkEligibility(input);
  return result.ok ? { ok: true, kind: result.kind } : result.refusal;
}

const LONG_1 = dose(1, "LONG", "2026-01-01");
const LONG_2 = dose(2, "LONG", "2026-04-01");

describe("age, from the birth year to the session's year", () => {
  it.each<[string, Case, unknown]>([
    ["turning the minimum age in the session's year is enough", { birthYear: 2008, session: session("LONG", "2026-01-02"), doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["a year short of it is not", { birthYear: 2009, session: session("LONG", "2026-12-31"), doseNumber: 1 }, { reason: "tooYoung", minAge: 18 }],
    ["a session in the next year counts that year, not today's", { birthYear: 2009, session: session("LONG", "2027-01-02"), today: "2026-12-30", doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["the same person for a session on New Year's Eve", { birthYear: 2009, session: session("LONG", "2026-12-31"), today: "2026-12-30", doseNumber: 1 }, { reason: "tooYoung", minAge: 18 }],
    ["a session's minimum above the vaccine's: on the boundary", { birthYear: 1981, session: session("LONG", "2026-06-01", { minAge: 45 }), doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["a session's minimum above the vaccine's: a year short", { birthYear: 1982, session: session("LONG", "2026-06-01", { minAge: 45 }), doseNumber: 1 }, { reason: "tooYoung", minAge: 45 }],
    ["the vaccine's minimum above the session's", { birthYear: 2010, session: session("LONG", "2026-06-01", { minAge: 12 }), doseNumber: 1 }, { reason: "tooYoung", minAge: 18 }],
    ["a lower vaccine minimum lets a 15-year-old in", { birthYear: 2011, session: session("SHORT", "2026-06-01", { minAge: 15 }), doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["the session's maximum age: on it", { birthYear: 1982, session: session("LONG", "2026-06-01", { maxAge: 44 }), doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["the session's maximum age: a year over", { birthYear: 1981, session: session("LONG", "2026-06-01", { maxAge: 44 }), doseNumber: 1 }, { reason: "tooOld", maxAge: 44 }],
    ["the vaccine's maximum age: on it", { birthYear: 1967, session: session("ELDER", "2026-06-01"), doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["the vaccine's maximum age: a year over", { birthYear: 1966, session: session("ELDER", "2026-06-01"), doseNumber: 1 }, { reason: "tooOld", maxAge: 59 }],
    ["the lower of the two maximums applies", { birthYear: 1980, session: session("ELDER", "2026-06-01", { maxAge: 45 }), doseNumber: 1 }, { reason: "tooOld", maxAge: 45 }],
  ])("%s", (_name, c, expected) => {
    expect(check(c)).toEqual(expected);
  });
});

describe("intervals, counted to the session's date", () => {
  it.each<[string, Case, unknown]>([
    ["dose 2: the day before the minimum interval ends", { doses: [LONG_1], session: session("LONG", "2026-03-25"), doseNumber: 2 }, { reason: "tooEarly", doseNumber: 2, vaccineName: "Covishield", from: "2026-03-26" }],
    ["dose 2: the day it opens (84 days)", { doses: [LONG_1], session: session("LONG", "2026-03-26"), doseNumber: 2 }, { ok: true, kind: "dose2" }],
    ["dose 2: the last day of the maximum interval (112 days)", { doses: [LONG_1], session: session("LONG", "2026-04-23"), doseNumber: 2 }, { ok: true, kind: "dose2" }],
    ["dose 2: the day after it", { doses: [LONG_1], session: session("LONG", "2026-04-24"), doseNumber: 2 }, { reason: "tooLate", doseNumber: 2, vaccineName: "Covishield", until: "2026-04-23" }],
    ["dose 2 without a maximum interval, a year late", { doses: [dose(1, "MIX", "2026-01-01")], session: session("MIX", "2027-01-01"), doseNumber: 2 }, { ok: true, kind: "dose2" }],
    ["precaution: the day before it opens (273 days after dose 2)", { doses: [LONG_1, LONG_2], session: session("LONG", "2026-12-29"), doseNumber: 3 }, { reason: "precautionTooEarly", vaccineName: "Covishield", from: "2026-12-30" }],
    ["precaution: the day it opens", { doses: [LONG_1, LONG_2], session: session("LONG", "2026-12-30"), doseNumber: 3 }, { ok: true, kind: "precaution" }],
    ["precaution has no maximum interval", { doses: [LONG_1, LONG_2], session: session("LONG", "2029-01-01"), doseNumber: 3 }, { ok: true, kind: "precaution" }],
    ["a single-dose vaccine's second dose is a precaution dose: before", { doses: [dose(1, "ONE", "2026-01-01")], session: session("ONE", "2026-03-01"), doseNumber: 2 }, { reason: "precautionTooEarly", vaccineName: "Janssen", from: "2026-03-02" }],
    ["a single-dose vaccine's second dose is a precaution dose: on the day", { doses: [dose(1, "ONE", "2026-01-01")], session: session("ONE", "2026-03-02"), doseNumber: 2 }, { ok: true, kind: "precaution" }],
    ["a 3-dose series: dose 3 waits the dose-2 interval after dose 2", { doses: [dose(1, "THREE", "2026-01-01"), dose(2, "THREE", "2026-02-01")], session: session("THREE", "2026-03-02"), doseNumber: 3 }, { reason: "tooEarly", doseNumber: 3, vaccineName: "Triplex", from: "2026-03-03" }],
    ["a 3-dose series: dose 3 takes a dose-2 seat", { doses: [dose(1, "THREE", "2026-01-01"), dose(2, "THREE", "2026-02-01")], session: session("THREE", "2026-03-03"), doseNumber: 3 }, { ok: true, kind: "dose2" }],
  ])("%s", (_name, c, expected) => {
    expect(check(c)).toEqual(expected);
  });
});

describe("dose order, vaccine and what is already done", () => {
  it.each<[string, Case, unknown]>([
    ["dose 2 before dose 1 is recorded", { session: session("LONG", "2026-06-01"), doseNumber: 2 }, { reason: "doseOrder", doseNumber: 2, previousDose: 1 }],
    ["dose 3 of a 3-dose series before dose 2", { doses: [dose(1, "THREE", "2026-01-01")], session: session("THREE", "2026-06-01"), doseNumber: 3 }, { reason: "doseOrder", doseNumber: 3, previousDose: 2 }],
    ["precaution before the primary series is complete", { doses: [LONG_1], session: session("LONG", "2027-06-01"), doseNumber: 3 }, { reason: "precautionNeedsSeries", vaccineName: "Covishield", primaryDoses: 2 }],
    ["nothing after the precaution dose", { doses: [LONG_1, LONG_2, dose(3, "LONG", "2027-01-01")], session: session("LONG", "2028-01-01"), doseNumber: 4 }, { reason: "noFurtherDose" }],
    ["no precaution in a schedule without one", { doses: [dose(1, "NOBOOST", "2026-01-01"), dose(2, "NOBOOST", "2026-01-22")], session: session("NOBOOST", "2027-01-01"), doseNumber: 3 }, { reason: "noFurtherDose" }],
    ["dose 2 of another vaccine, mixing not allowed", { doses: [LONG_1], session: session("SHORT", "2026-03-26"), doseNumber: 2 }, { reason: "wrongVaccine", doseNumber: 2, vaccineName: "Covishield", sessionVaccineName: "Covaxin" }],
    ["dose 2 of a vaccine that may follow dose 1's", { doses: [dose(1, "SHORT", "2026-01-01")], session: session("MIX", "2026-01-29"), doseNumber: 2 }, { ok: true, kind: "dose2" }],
    ["…whose interval is dose 1's vaccine's", { doses: [dose(1, "SHORT", "2026-01-01")], session: session("MIX", "2026-01-28"), doseNumber: 2 }, { reason: "tooEarly", doseNumber: 2, vaccineName: "Covaxin", from: "2026-01-29" }],
    ["mixing is one-way: dose 1's vaccine must be on the next one's list", { doses: [dose(1, "MIX", "2026-01-01")], session: session("SHORT", "2026-03-01"), doseNumber: 2 }, { reason: "wrongVaccine", doseNumber: 2, vaccineName: "Corbevax", sessionVaccineName: "Covaxin" }],
    ["a precaution dose of another vaccine, mixing not allowed", { doses: [LONG_1, LONG_2], session: session("SHORT", "2027-01-01"), doseNumber: 3 }, { reason: "wrongVaccine", doseNumber: 3, vaccineName: "Covishield", sessionVaccineName: "Covaxin" }],
    ["a dose already recorded", { doses: [LONG_1], session: session("LONG", "2026-06-01"), doseNumber: 1 }, { reason: "alreadyVaccinated", doseNumber: 1 }],
    ["a dose already booked", { booked: [{ id: "a1", doseNumber: 1 }], session: session("LONG", "2026-06-01"), doseNumber: 1 }, { reason: "alreadyBooked", doseNumber: 1 }],
    ["the appointment being moved does not count as booked", { booked: [{ id: "a1", doseNumber: 1 }], session: session("LONG", "2026-06-01"), doseNumber: 1, ignoreAppointmentId: "a1" }, { ok: true, kind: "dose1" }],
    ["a booking for another dose does not block this one", { doses: [LONG_1], booked: [{ id: "a1", doseNumber: 1 }], session: session("LONG", "2026-03-26"), doseNumber: 2 }, { ok: true, kind: "dose2" }],
  ])("%s", (_name, c, expected) => {
    expect(check(c)).toEqual(expected);
  });
});

describe("the session itself", () => {
  it.each<[string, Case, unknown]>([
    ["cancelled", { session: session("LONG", "2026-06-01", { status: "cancelled" }), doseNumber: 1 }, { reason: "sessionCancelled" }],
    ["closed", { session: session("LONG", "2026-06-01", { status: "closed" }), doseNumber: 1 }, { reason: "sessionClosed" }],
    ["yesterday", { session: session("LONG", "2026-05-31"), today: "2026-06-01", doseNumber: 1 }, { reason: "sessionPast" }],
    ["today", { session: session("LONG", "2026-06-01"), today: "2026-06-01", doseNumber: 1 }, { ok: true, kind: "dose1" }],
    ["a session refusal comes before the person's", { birthYear: 2020, session: session("LONG", "2026-06-01", { status: "cancelled" }), doseNumber: 1 }, { reason: "sessionCancelled" }],
  ])("%s", (_name, c, expected) => {
    expect(check(c)).toEqual(expected);
  });

  it("refuses to guess when a vaccine is not in the table", () => {
    expect(() => check({ session: session("UNKNOWN", "2026-06-01"), doseNumber: 1 })).toThrow(/UNKNOWN/);
    expect(() => check({ doses: [dose(1, "GONE", "2026-01-01")], session: session("LONG", "2026-06-01"), doseNumber: 2 })).toThrow(/GONE/);
  });
});

describe("nextDoseFor", () => {
  it.each<[string, DoseRecord[], number | null]>([
    ["nobody starts anywhere but dose 1", [], 1],
    ["after dose 1", [LONG_1], 2],
    ["after the primary series, the precaution dose", [LONG_1, LONG_2], 3],
    ["after the precaution dose, nothing", [LONG_1, LONG_2, dose(3, "LONG", "2027-01-01")], null],
    ["a schedule without a precaution dose ends with the series", [dose(1, "NOBOOST", "2026-01-01"), dose(2, "NOBOOST", "2026-01-22")], null],
    ["a single-dose vaccine: then its precaution dose", [dose(1, "ONE", "2026-01-01")], 2],
    ["a 3-dose series: dose 3", [dose(2, "THREE", "2026-02-01"), dose(1, "THREE", "2026-01-01")], 3],
  ])("%s", (_name, doses, expected) => {
    expect(nextDoseFor(doses, vaccines)).toBe(expected);
  });
});

describe("capacityKindFor", () => {
  it.each([
    [1, 2, "dose1"],
    [2, 2, "dose2"],
    [3, 2, "precaution"],
    [1, 1, "dose1"],
    [2, 1, "precaution"],
    [2, 3, "dose2"],
    [3, 3, "dose2"],
    [4, 3, "precaution"],
  ] as const)("dose %i of a %i-dose series takes a %s seat", (doseNumber, primaryDoses, kind) => {
    expect(capacityKindFor(doseNumber, primaryDoses)).toBe(kind);
  });
});
