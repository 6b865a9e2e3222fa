import { describe, expect, it } from "vitest";
import { listCountryPacks } from "@/lib/country";
import { addDays } from "@/lib/time/dates";
import { planFacilities, planPostalCodes } from "./demo-places";
import { DEMO_DAYS, planSessions, planStock, splitCapacity } from "./demo-sessions";
import { createRandom, demoSeed } from "./random";

async function planFor(code: string) {
  const pack = listCountryPacks().find((p) => p.code === code)!;
  const random = createRandom(demoSeed(pack.code));
  const postal = planPostalCodes(pack.demo, random);
  const facilities = planFacilities(pack.demo, await pack.geography(), pack.vaccines.map((v) => v.code), postal, random);
  const vaccines = new Map(pack.vaccines.map((v) => [v.code, v]));
  const planned = facilities.map(({ facility: f, vaccineCodes }, i) =>
    planSessions(
      { id: i + 1, districtId: f.districtId, paid: f.feeType === "paid", vaccineCodes },
      vaccines,
      pack.demo.privateFees,
      pack.demo.sessionMinAges,
      "2026-03-01",
      random,
    ),
  );
  return { pack, postal, facilities, sessions: planned.flatMap((p) => p.sessions), slots: planned.flatMap((p) => p.slots) };
}

describe("splitCapacity", () => {
  it.each([[0], [7], [40], [101]])("splits %i over four slots without losing any", (total) => {
    const parts = splitCapacity(total, 4);
    expect(parts).toHaveLength(4);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
  });
});

describe.each(listCountryPacks().map((p) => [p.code]))("demo plan for %s", (code) => {
  it("is the same on every run", async () => {
    const [a, b] = [await planFor(code), await planFor(code)];
    expect(a.facilities).toEqual(b.facilities);
    const withoutIds = (sessions: typeof a.sessions) => sessions.map((s) => ({ ...s, id: undefined }));
    expect(withoutIds(a.sessions)).toEqual(withoutIds(b.sessions));
  });

  it("gives unique postal codes and facility names, free government and paid private facilities", async () => {
    const { pack, postal, facilities } = await planFor(code);
    const codes = postal.flat().map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(facilities.map((f) => f.facility.name)).size).toBe(facilities.length);
    expect(facilities.length).toBe(pack.demo.cities.length * pack.demo.facilitiesPerCity);
    for (const { facility, vaccineCodes } of facilities) {
      expect(facility.feeType).toBe(facility.type === "government" ? "free" : "paid");
      expect(codes).toContain(facility.postalCode);
      expect(vaccineCodes.length).toBeGreaterThan(0);
    }
  });

  it("opens sessions the vaccine allows, unique per facility, day, vaccine and age, with slots adding up", async () => {
    const { pack, facilities, sessions, slots } = await planFor(code);
    const keys = sessions.map((s) => `${s.facilityId}|${s.date}|${s.vaccineCode}|${s.minAge}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(sessions.map((s) => s.date)).size).toBe(7);
    const slotTotal = new Map<string, number>();
    for (const slot of slots) slotTotal.set(slot.sessionId, (slotTotal.get(slot.sessionId) ?? 0) + slot.capacity);
    for (const s of sessions) {
      const vaccine = pack.vaccines.find((v) => v.code === s.vaccineCode)!;
      const { facility, vaccineCodes } = facilities[s.facilityId - 1]!;
      expect(s.minAge).toBeGreaterThanOrEqual(vaccine.minAgeYears);
      expect(vaccineCodes).toContain(s.vaccineCode);
      expect(s.fee).toBe(facility.feeType === "paid" ? pack.demo.privateFees[s.vaccineCode] : 0);
      if (vaccine.primaryDoses < 2) expect(s.capacityDose2).toBe(0);
      expect(slotTotal.get(s.id!)).toBe(s.capacityDose1! + s.capacityDose2! + s.capacityPrecaution!);
    }
  });
});

describe.each(listCountryPacks().map((p) => [p.code]))("demo stock for %s", (code) => {
  it("gives each facility, for each vaccine it offers, batches with doses that outlast the demo week, lots unique", async () => {
    const { facilities } = await planFor(code);
    const firstDay = "2026-03-01";
    const random = createRandom(demoSeed(code));
    facilities.forEach(({ vaccineCodes }, i) => {
      const batches = planStock(i + 1, vaccineCodes, firstDay, random);
      for (const vaccineCode of vaccineCodes) {
        const usable = batches.filter((b) => b.vaccineCode === vaccineCode && b.expiresOn > addDays(firstDay, DEMO_DAYS) && b.dosesReceived > 0);
        expect(usable.length, `facility ${i + 1}, ${vaccineCode}`).toBeGreaterThan(0);
      }
      const keys = batches.map((b) => `${b.vaccineCode}|${b.lot}`);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
});
