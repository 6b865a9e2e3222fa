import { describe, expect, it } from "vitest";
import { toDoseRecords, vaccinationStatus, type DoseRecord, type VaccineSchedule } from "./rules";

const schedules: VaccineSchedule[] = [
  { code: "LONG", primaryDoses: 2, dose2MinDays: 84, dose2MaxDays: 112, precautionMinDays: 273 },
  { code: "SHORT", primaryDoses: 2, dose2MinDays: 28, dose2MaxDays: null, precautionMinDays: 180 },
  { code: "ONE", primaryDoses: 1, dose2MinDays: null, dose2MaxDays: null, precautionMinDays: 60 },
  { code: "NOBOOST", primaryDoses: 2, dose2MinDays: 21, dose2MaxDays: 42, precautionMinDays: null },
  { code: "THREE", primaryDoses: 3, dose2MinDays: 30, dose2MaxDays: null, precautionMinDays: 100 },
];

const dose = (doseNumber: number, vaccineCode: string, administeredOn: string): DoseRecord => ({ doseNumber, vaccineCode, administeredOn });

describe("vaccinationStatus", () => {
  it.each([
    ["no doses", [], "2026-01-01", { status: "not_vaccinated", nextDose: 1 }],
    [
      "dose 1 of a long-interval vaccine: window from the table",
      [dose(1, "LONG", "2026-01-01")],
      "2026-01-10",
      { status: "partially_vaccinated", nextDose: 2, nextEligibleDate: "2026-03-26", dueBy: "2026-04-23" },
    ],
    [
      "dose 1 of a vaccine with no upper bound",
      [dose(1, "SHORT", "2026-01-01")],
      "2026-01-10",
      { status: "partially_vaccinated", nextDose: 2, nextEligibleDate: "2026-01-29" },
    ],
    [
      "two doses, precaution not yet due",
      [dose(2, "SHORT", "2026-02-01"), dose(1, "SHORT", "2026-01-01")],
      "2026-07-30",
      { status: "fully_vaccinated", nextDose: 3, nextEligibleDate: "2026-07-31" },
    ],
    [
      "two doses, precaution due on the exact day",
      [dose(1, "SHORT", "2026-01-01"), dose(2, "SHORT", "2026-02-01")],
      "2026-07-31",
      { status: "precaution_due", nextDose: 3, nextEligibleDate: "2026-07-31" },
    ],
    [
      "single-dose vaccine counts as a full series",
      [dose(1, "ONE", "2026-01-01")],
      "2026-01-02",
      { status: "fully_vaccinated", nextDose: 2, nextEligibleDate: "2026-03-02" },
    ],
    [
      "single-dose vaccine, precaution due",
      [dose(1, "ONE", "2026-01-01")],
      "2026-06-01",
      { status: "precaution_due", nextDose: 2, nextEligibleDate: "2026-03-02" },
    ],
    [
      "no precaution in the schedule",
      [dose(1, "NOBOOST", "2026-01-01"), dose(2, "NOBOOST", "2026-01-22")],
      "2027-01-01",
      { status: "fully_vaccinated" },
    ],
    [
      "precaution received",
      [dose(1, "SHORT", "2025-01-01"), dose(2, "SHORT", "2025-02-01"), dose(3, "SHORT", "2025-09-01")],
      "2026-01-01",
      { status: "precaution_received" },
    ],
    [
      "three-dose series: dose 3 waits the interval after dose 2",
      [dose(1, "THREE", "2026-01-01"), dose(2, "THREE", "2026-02-01")],
      "2026-02-02",
      { status: "partially_vaccinated", nextDose: 3, nextEligibleDate: "2026-03-03" },
    ],
  ] as const)("%s", (_name, doses, today, expected) => {
    expect(vaccinationStatus(doses, schedules, today)).toEqual(expected);
  });

  it("follows the dose-1 vaccine's schedule, whatever the table order", () => {
    const status = vaccinationStatus([dose(1, "LONG", "2026-01-01")], [...schedules].reverse(), "2026-01-02");
    expect(status.nextEligibleDate).toBe("2026-03-26");
  });

  it("refuses to guess when the vaccine is not in the table", () => {
    expect(() => vaccinationStatus([dose(1, "UNKNOWN", "2026-01-01")], schedules, "2026-01-02")).toThrow(/UNKNOWN/);
  });
});

describe("toDoseRecords", () => {
  it("dates a dose by the country's calendar, not UTC's", () => {
    const lateEvening = new Date("2026-03-01T20:00:00Z");
    expect(toDoseRecords([{ doseNumber: 1, vaccineCode: "LONG", administeredAt: lateEvening }], "Asia/Kolkata")).toEqual([dose(1, "LONG", "2026-03-02")]);
    expect(toDoseRecords([{ doseNumber: 1, vaccineCode: "LONG", administeredAt: lateEvening }], "Africa/Nairobi")).toEqual([dose(1, "LONG", "2026-03-01")]);
  });
});
