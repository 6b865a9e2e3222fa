import { describe, expect, it } from "vitest";
import { hasPassed, lastSlotEnd, noShowFrom } from "./queue-rules";

const zone = "Asia/Kolkata";

describe("lastSlotEnd", () => {
  it("is the latest end, whatever the order, and null without slots", () => {
    expect(lastSlotEnd([{ startsAt: "13:00:00", endsAt: "15:00:00" }, { startsAt: "09:00:00", endsAt: "11:00:00" }])).toBe("15:00:00");
    expect(lastSlotEnd([])).toBeNull();
  });
});

describe("noShowFrom", () => {
  it("waits for the person's slot, else the session's last slot, else nothing", () => {
    expect(noShowFrom("11:00:00", "17:00:00")).toBe("11:00:00");
    expect(noShowFrom(null, "17:00:00")).toBe("17:00:00");
    expect(noShowFrom(null, null)).toBeNull();
  });
});

describe("hasPassed", () => {
  it("turns at the wall-clock time in the country's zone", () => {
    // 11:00 in India is 05:30 UTC.
    expect(hasPassed("2026-12-01", "11:00:00", new Date("2026-12-01T05:29:59Z"), zone)).toBe(false);
    expect(hasPassed("2026-12-01", "11:00:00", new Date("2026-12-01T05:30:00Z"), zone)).toBe(true);
    expect(hasPassed("2026-12-01", null, new Date("2026-12-01T00:00:00Z"), zone)).toBe(true);
  });
});
