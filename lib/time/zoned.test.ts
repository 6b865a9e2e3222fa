import { describe, expect, it } from "vitest";
import { zonedInstant } from "./zoned";

describe("zonedInstant", () => {
  it.each([
    ["India, no DST", "2026-12-01", "09:30:00", "Asia/Kolkata", "2026-12-01T04:00:00.000Z"],
    ["Kenya", "2026-12-01", "09:00", "Africa/Nairobi", "2026-12-01T06:00:00.000Z"],
    ["a wall time that is the previous UTC day", "2027-01-01", "02:00:00", "Asia/Kolkata", "2026-12-31T20:30:00.000Z"],
    ["UTC", "2026-03-29", "12:00:00", "UTC", "2026-03-29T12:00:00.000Z"],
    ["summer time", "2026-07-01", "09:00:00", "Europe/London", "2026-07-01T08:00:00.000Z"],
    ["winter time", "2026-01-15", "09:00:00", "Europe/London", "2026-01-15T09:00:00.000Z"],
    ["the morning after clocks go forward", "2026-03-29", "09:00:00", "Europe/London", "2026-03-29T08:00:00.000Z"],
  ])("%s", (_name, date, time, zone, expected) => {
    expect(zonedInstant(date, time, zone).toISOString()).toBe(expected);
  });
});
