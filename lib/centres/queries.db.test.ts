import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { centresNear, findCentre, listDistricts, listStates, weeksByCentre, weeksByDistrict, weeksByPostalCode, weeksNear } from "./queries";

let t: TestDatabase;
let geo: Awaited<ReturnType<typeof createGeography>>;
let facility: s.Facility;
let paid: s.Facility;
let vaccine: s.Vaccine;

beforeAll(async () => {
  t = await createTestDatabase();
  geo = await createGeography(t.db);
  vaccine = await createVaccine(t.db);
  facility = await createFacility(t.db, geo);
  paid = await createFacility(t.db, geo);
  await t.db.update(s.facilities).set({ feeType: "paid", type: "private", lat: 13.2, lng: 77.5 }).where(eq(s.facilities.id, paid.id));
  await t.db.insert(s.facilityVaccineFees).values({ facilityId: paid.id, vaccineCode: vaccine.code, fee: 780 });
  const first = await createSession(t.db, facility, vaccine, { date: "2026-12-01", bookedDose1: 4 });
  await createSession(t.db, facility, vaccine, { date: "2026-12-07", minAge: 45 });
  await createSession(t.db, facility, vaccine, { date: "2026-12-08" }); // outside a week from 01-12
  await createSession(t.db, facility, vaccine, { date: "2026-12-02", status: "cancelled" });
  await createSession(t.db, paid, vaccine, { date: "2026-12-03", fee: 780 });
  await t.db.insert(s.slots).values([
    { sessionId: first.id, startsAt: "11:00:00", endsAt: "13:00:00", capacity: 15, booked: 2 },
    { sessionId: first.id, startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 2 },
  ]);
}, 60_000);

afterAll(async () => t?.destroy());

describe("centre queries", () => {
  it("lists states and a state's districts", async () => {
    expect(await listStates(t.db)).toEqual(expect.arrayContaining([{ id: geo.state.id, name: geo.state.name, nameLocal: null }]));
    expect(await listDistricts(t.db, geo.state.id)).toEqual([{ id: geo.district.id, name: geo.district.name, nameLocal: null }]);
    expect(await listDistricts(t.db, 999_999)).toEqual([]);
  });

  it("a district's week: scheduled sessions in the seven days only, centres in id order, slots in time order", async () => {
    const weeks = await weeksByDistrict(t.db, geo.district.id, "2026-12-01", "2026-12-07");
    expect(weeks.map((w) => w.centre.id)).toEqual([facility.id, paid.id].sort((a, b) => a - b));
    const own = weeks.find((w) => w.centre.id === facility.id)!;
    expect(own.sessions.map((x) => x.date)).toEqual(["2026-12-01", "2026-12-07"]);
    expect(own.sessions[0]).toMatchObject({ bookedDose1: 4, capacityDose1: 10, minAge: 18, maxAge: null });
    expect(own.sessions[0]!.slots).toEqual([
      { startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 2 },
      { startsAt: "11:00:00", endsAt: "13:00:00", capacity: 15, booked: 2 },
    ]);
    expect(own.centre).toMatchObject({ stateName: geo.state.name, districtName: geo.district.name, opensAt: "09:00:00", fees: [] });
    const other = weeks.find((w) => w.centre.id === paid.id)!;
    expect(other.centre.fees).toEqual([{ vaccineCode: vaccine.code, fee: 780 }]);
  });

  it("by postal code and by centre; unknown ids give nothing", async () => {
    expect((await weeksByPostalCode(t.db, geo.postal.code, "2026-12-01", "2026-12-01")).map((w) => w.sessions.length)).toEqual([1]);
    expect(await weeksByPostalCode(t.db, "000000", "2026-12-01", "2026-12-07")).toEqual([]);
    expect((await weeksByCentre(t.db, paid.id, "2026-12-01", "2026-12-07"))[0]!.sessions).toHaveLength(1);
    expect(await weeksByCentre(t.db, 987_654, "2026-12-01", "2026-12-07")).toEqual([]);
    expect(await weeksByDistrict(t.db, 987_654, "2026-12-01", "2026-12-07")).toEqual([]);
    expect(await findCentre(t.db, 987_654)).toBeUndefined();
    expect((await findCentre(t.db, paid.id))?.feeType).toBe("paid");
  });

  it("near a point: within the radius, nearest first, with distances", async () => {
    // The fixture's postal code sits at 12.9, 77.5; the paid centre was moved ~33 km north.
    const near = await centresNear(t.db, { lat: 12.9, lng: 77.5 }, { radiusKm: 50, limit: 10 });
    expect(near.map((w) => w.centre.id)).toEqual([facility.id, paid.id]);
    expect(near[0]!.distanceKm).toBeLessThan(0.01);
    expect(near[1]!.distanceKm).toBeGreaterThan(30);
    expect(near[1]!.distanceKm).toBeLessThan(36);
    expect((await centresNear(t.db, { lat: 12.9, lng: 77.5 }, { radiusKm: 10, limit: 10 })).map((w) => w.centre.id)).toEqual([facility.id]);
    expect(await centresNear(t.db, { lat: -40, lng: 10 }, { radiusKm: 50, limit: 10 })).toEqual([]);
    const weeks = await weeksNear(t.db, { lat: 13.2, lng: 77.5 }, { radiusKm: 50, limit: 1 }, "2026-12-01", "2026-12-07");
    expect(weeks.map((w) => [w.centre.id, w.sessions.length])).toEqual([[paid.id, 1]]);
  });
});
