import { describe, expect, it } from "vitest";
import { cancelRefusal, rescheduleRefusal, slotEnded, type ChangeableAppointment } from "./change-rules";

const zone = "Asia/Kolkata";
// 1 December 2026, 09:00 in India is 03:30 UTC.
const appointment = (overrides: Partial<ChangeableAppointment> = {}): ChangeableAppointment => ({
  status: "booked",
  date: "2026-12-01",
  startsAt: "09:00:00",
  rescheduleCount: 0,
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe("cancelRefusal", () => {
  it.each<[string, Partial<ChangeableAppointment>, string, unknown]>([
    ["a second before the slot starts", {}, "2026-12-01T03:29:59Z", null],
    ["the moment it starts", {}, "2026-12-01T03:30:00Z", { reason: "started" }],
    ["the day after", {}, "2026-12-02T00:00:00Z", { reason: "started" }],
    ["already cancelled", { status: "cancelled" }, "2026-11-01T00:00:00Z", { reason: "notActive", status: "cancelled" }],
    ["vaccinated", { status: "completed" }, "2026-11-01T00:00:00Z", { reason: "notActive", status: "completed" }],
    ["missed", { status: "no_show" }, "2026-11-01T00:00:00Z", { reason: "notActive", status: "no_show" }],
  ])("%s", (_name, overrides, now, expected) => {
    expect(cancelRefusal(appointment(overrides), at(now), zone)).toEqual(expected);
  });

  it("reads the start in the country's time zone", () => {
    expect(cancelRefusal(appointment(), at("2026-12-01T05:00:00Z"), zone)).toEqual({ reason: "started" });
    expect(cancelRefusal(appointment(), at("2026-12-01T05:00:00Z"), "Africa/Nairobi")).toBeNull();
  });
});

describe("rescheduleRefusal", () => {
  it.each<[string, Partial<ChangeableAppointment>, string, unknown]>([
    ["under the limit", { rescheduleCount: 2 }, "2026-11-01T00:00:00Z", null],
    ["at the limit", { rescheduleCount: 3 }, "2026-11-01T00:00:00Z", { reason: "rescheduleLimit", limit: 3 }],
    ["started, whatever the count", { rescheduleCount: 0 }, "2026-12-01T03:30:00Z", { reason: "started" }],
    ["cancelled", { status: "cancelled" }, "2026-11-01T00:00:00Z", { reason: "notActive", status: "cancelled" }],
  ])("%s", (_name, overrides, now, expected) => {
    expect(rescheduleRefusal(appointment(overrides), at(now), zone, 3)).toEqual(expected);
  });
});

describe("slotEnded", () => {
  it("is bookable until the slot's end, in the country's time", () => {
    expect(slotEnded("2026-12-01", "11:00:00", at("2026-12-01T05:29:59Z"), zone)).toBe(false);
    expect(slotEnded("2026-12-01", "11:00:00", at("2026-12-01T05:30:00Z"), zone)).toBe(true);
  });
});
