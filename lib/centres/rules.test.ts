import { describe, expect, it } from "vitest";
import { ageGroups, boundingBox, byDistance, capacityLeft, distanceKm, filterCentres, formatDmyDate, isIsoDate, parseDmyDate, sessionMatches, SPAN_DAYS, spanStart, weekWindow, withinCacheWindow, type SessionFilters } from "./rules";
import type { CentreSession, CentreWeek } from "./types";
import { addDays } from "@/lib/time/dates";

const session = (overrides: Partial<CentreSession> = {}): CentreSession => ({
  id: "s",
  facilityId: 1,
  date: "2026-12-01",
  vaccineCode: "COVISHIELD",
  minAge: 18,
  maxAge: null,
  capacityDose1: 10,
  capacityDose2: 10,
  capacityPrecaution: 0,
  bookedDose1: 0,
  bookedDose2: 0,
  bookedPrecaution: 0,
  fee: 0,
  slots: [],
  ...overrides,
});

describe("DD-MM-YYYY dates", () => {
  it.each([
    ["31-05-2021", "2021-05-31"],
    ["29-02-2028", "2028-02-29"],
    ["01-01-2027", "2027-01-01"],
  ])("parses %s", (input, iso) => expect(parseDmyDate(input)).toBe(iso));

  it.each(["29-02-2027", "31-04-2026", "00-01-2026", "1-1-2026", "2026-01-01", "01/01/2026", "32-01-2026", "01-13-2026", "", " 01-01-2026x"])(
    "rejects %j",
    (input) => expect(parseDmyDate(input)).toBeNull(),
  );

  it("formats ISO back to DD-MM-YYYY and round-trips", () => {
    expect(formatDmyDate("2026-12-05")).toBe("05-12-2026");
    expect(parseDmyDate(formatDmyDate("2027-03-09"))).toBe("2027-03-09");
    expect(() => formatDmyDate("05-12-2026")).toThrow();
  });

  it("checks ISO days", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("26-02-2026")).toBe(false);
  });
});

describe("weekWindow", () => {
  it("is seven days from the given day, crossing month and year ends", () => {
    const week = weekWindow("2026-12-28");
    expect(week.days).toHaveLength(7);
    expect(week.from).toBe("2026-12-28");
    expect(week.to).toBe("2027-01-03");
    expect(week.days[4]).toBe("2027-01-01");
  });
});

describe("capacityLeft", () => {
  it("is capacity minus booked per dose, never negative", () => {
    expect(capacityLeft(session({ capacityDose1: 50, bookedDose1: 20, capacityDose2: 5, bookedDose2: 9, capacityPrecaution: 3 }))).toEqual({
      dose1: 30,
      dose2: 0,
      precaution: 3,
    });
  });
});

describe("distance", () => {
  it.each([
    // Bengaluru → Chennai is about 290 km as the crow flies; Delhi → Mumbai about 1,150 km.
    [{ lat: 12.9716, lng: 77.5946 }, { lat: 13.0827, lng: 80.2707 }, 285, 295],
    [{ lat: 28.6139, lng: 77.209 }, { lat: 19.076, lng: 72.8777 }, 1140, 1160],
    [{ lat: 0, lng: 0 }, { lat: 0, lng: 1 }, 111.1, 111.3],
  ])("from %o to %o is between %d and %d km", (a, b, min, max) => {
    const d = distanceKm(a, b);
    expect(d).toBeGreaterThan(min);
    expect(d).toBeLessThan(max);
    expect(distanceKm(b, a)).toBeCloseTo(d, 9);
  });

  it("is zero for the same point", () => expect(distanceKm({ lat: 10, lng: 20 }, { lat: 10, lng: 20 })).toBe(0));

  it("a bounding box holds every point within its radius", () => {
    const centre = { lat: 26.9, lng: 75.8 };
    const box = boundingBox(centre, 50);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180;
      // A point just inside 50 km in this direction (flat approximation, shrunk for safety).
      const point = { lat: centre.lat + (49 / 111.2) * Math.cos(rad), lng: centre.lng + (49 / (111.2 * Math.cos((centre.lat * Math.PI) / 180))) * Math.sin(rad) };
      expect(distanceKm(centre, point)).toBeLessThan(50);
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(point.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });

  it("orders nearest first, ties by id", () => {
    const at = (id: number, distanceKm?: number) => ({ centre: { id }, distanceKm });
    expect([at(3, 5), at(1, 2), at(2, 5), at(4)].sort(byDistance).map((w) => w.centre.id)).toEqual([1, 2, 3, 4]);
  });
});

describe("session filters", () => {
  const cases: [string, Partial<CentreSession>, SessionFilters, boolean][] = [
    ["no filters", {}, {}, true],
    ["age admitted", { minAge: 18 }, { age: 45 }, true],
    ["age too young", { minAge: 45 }, { age: 18 }, false],
    ["age above the maximum", { minAge: 12, maxAge: 14 }, { age: 15 }, false],
    ["age within a range", { minAge: 12, maxAge: 14 }, { age: 12 }, true],
    ["vaccine matches", { vaccineCode: "COVAXIN" }, { vaccine: "COVAXIN" }, true],
    ["vaccine differs", { vaccineCode: "COVAXIN" }, { vaccine: "COVISHIELD" }, false],
    ["free wanted, free session", { fee: 0 }, { fee: "free" }, true],
    ["free wanted, paid session", { fee: 780 }, { fee: "free" }, false],
    ["paid wanted, free session", { fee: 0 }, { fee: "paid" }, false],
    ["dose offered", { capacityPrecaution: 5 }, { dose: "precaution" }, true],
    ["dose not offered", { capacityPrecaution: 0 }, { dose: "precaution" }, false],
    ["dose offered but full, availability not asked", { capacityDose2: 5, bookedDose2: 5 }, { dose: "dose2" }, true],
    ["dose offered but full, availability asked", { capacityDose2: 5, bookedDose2: 5 }, { dose: "dose2", available: true }, false],
    ["any seat left", { bookedDose1: 10, bookedDose2: 9 }, { available: true }, true],
    ["every dose full", { bookedDose1: 10, bookedDose2: 10 }, { available: true }, false],
    ["all filters at once", { minAge: 18, vaccineCode: "COVAXIN", fee: 0 }, { age: 18, vaccine: "COVAXIN", fee: "free", dose: "dose1", available: true }, true],
  ];
  it.each(cases)("%s", (_, overrides, filters, expected) => expect(sessionMatches(session(overrides), filters)).toBe(expected));

  it("drops centres whose sessions all fail, keeps matching sessions only", () => {
    const centre = (id: number) => ({ id }) as CentreWeek["centre"];
    const weeks: CentreWeek[] = [
      { centre: centre(1), sessions: [session({ id: "a", fee: 0 }), session({ id: "b", fee: 780 })] },
      { centre: centre(2), sessions: [session({ id: "c", fee: 780 })] },
    ];
    const filtered = filterCentres(weeks, { fee: "free" });
    expect(filtered.map((w) => w.centre.id)).toEqual([1]);
    expect(filtered[0]!.sessions.map((s) => s.id)).toEqual(["a"]);
    expect(weeks[0]!.sessions).toHaveLength(2);
  });
});

describe("ageGroups", () => {
  it("turns minimum ages into ranges, the last open-ended", () => {
    expect(ageGroups([18, 45, 12, 15, 18])).toEqual([
      { from: 12, to: 14 },
      { from: 15, to: 17 },
      { from: 18, to: 44 },
      { from: 45, to: null },
    ]);
  });
});

describe("withinCacheWindow", () => {
  const today = "2026-12-05";
  it.each([
    ["2026-12-05", true],
    ["2026-11-28", true], // seven days back
    ["2026-11-27", false],
    ["2027-03-05", true], // ninety days ahead
    ["2027-03-06", false],
    ["9999-12-31", false],
    ["1900-01-01", false],
  ])("a window starting %s → %s", (first, expected) => {
    expect(withinCacheWindow(first, today)).toBe(expected);
  });
});

describe("spanStart", () => {
  const today = "2026-12-29";
  it("gives today's week and the six after it one span starting today, across a year's end", () => {
    for (let n = 0; n < 7; n++) expect(spanStart(addDays(today, n), today)).toBe(today);
    expect(spanStart("2027-01-05", today)).toBe("2027-01-05");
    expect(spanStart("2027-01-11", today)).toBe("2027-01-05");
  });

  it("spans days before today in weeks counted back from today", () => {
    expect(spanStart("2026-12-28", today)).toBe("2026-12-22");
    expect(spanStart("2026-12-22", today)).toBe("2026-12-22");
    expect(spanStart("2026-12-21", today)).toBe("2026-12-15");
  });

  it("holds every week that starts in it", () => {
    for (let n = -10; n < 20; n++) {
      const first = addDays(today, n);
      const start = spanStart(first, today);
      expect(first >= start && weekWindow(first).to <= addDays(start, SPAN_DAYS - 1)).toBe(true);
    }
  });
});
