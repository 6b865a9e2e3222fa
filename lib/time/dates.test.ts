import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoDateIn } from "./dates";

describe("isoDateIn", () => {
  it("uses the country's calendar day, not the server's", () => {
    const lateEveningUtc = new Date("2026-11-29T20:00:00Z");
    expect(isoDateIn("Asia/Kolkata", lateEveningUtc)).toBe("2026-11-30");
    expect(isoDateIn("UTC", lateEveningUtc)).toBe("2026-11-29");
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("daysBetween", () => {
  it("counts whole days either way, across months, years and leap days", () => {
    expect(daysBetween("2026-12-29", "2027-01-05")).toBe(7);
    expect(daysBetween("2027-01-05", "2026-12-29")).toBe(-7);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-03-01")).toBe(0);
  });
});
