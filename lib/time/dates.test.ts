import { describe, expect, it } from "vitest";
import { addDays, isoDateIn } from "./dates";

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
