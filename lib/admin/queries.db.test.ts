import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { canActOnFacility, type StaffScope } from "@/lib/auth/rules";
import { facilityScopeFilter } from "@/lib/auth/scope-filter";
import { staffAreaSummary } from "./queries";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildWorld();
});
afterAll(async () => t?.destroy());

const today = "2026-12-01";

/** Two states; the first has two districts. Own facility, a neighbour in its district, one in the next district, one abroad. */
async function buildWorld() {
  const home = await createGeography(t.db);
  const abroad = await createGeography(t.db);
  const [nextDistrict] = await t.db.insert(s.districts).values({ id: home.district.id + 500, stateId: home.state.id, name: "Next District" }).returning();
  const place = (districtId: number, stateId: number, name: string) => ({
    name, address: "1 Main Road", block: "Central", stateId, districtId, postalCode: home.postal.code, lat: 12.9, lng: 77.5, type: "government" as const, feeType: "free" as const,
  });
  const facilities = await t.db
    .insert(s.facilities)
    .values([
      place(home.district.id, home.state.id, "Own"),
      place(home.district.id, home.state.id, "Neighbour"),
      place(nextDistrict!.id, home.state.id, "Next district"),
      place(abroad.district.id, abroad.state.id, "Abroad"),
    ])
    .returning();
  const vaccine = await createVaccine(t.db);
  // Each facility: one session this week; the own facility also one next month and one cancelled.
  for (const facility of facilities) await createSession(t.db, facility, vaccine, { date: today });
  await createSession(t.db, facilities[0]!, vaccine, { date: "2026-12-31" });
  await createSession(t.db, facilities[0]!, vaccine, { date: "2026-12-02", status: "cancelled" });
  return { home, nextDistrict: nextDistrict!, facilities };
}

const scopes = (): [string, StaffScope][] => {
  const own = world.facilities[0]!;
  const at = { facilityId: own.id, districtId: own.districtId, stateId: own.stateId };
  return [
    ["vaccinator", { role: "vaccinator", ...at }],
    ["facility_admin", { role: "facility_admin", ...at }],
    ["district_admin", { role: "district_admin", facilityId: null, districtId: own.districtId, stateId: own.stateId }],
    ["state_admin", { role: "state_admin", facilityId: null, districtId: null, stateId: own.stateId }],
    ["national_admin", { role: "national_admin", facilityId: null, districtId: null, stateId: null }],
    ["district_admin without a district", { role: "district_admin", facilityId: null, districtId: null, stateId: own.stateId }],
  ];
};

describe("the scope filter", () => {
  it("selects exactly the facilities canActOnFacility allows, for every role", async () => {
    for (const [name, scope] of scopes()) {
      const selected = await t.db.select({ id: s.facilities.id }).from(s.facilities).where(facilityScopeFilter(scope));
      const allowed = world.facilities.filter((facility) => canActOnFacility(scope, facility)).map((facility) => facility.id);
      expect(selected.map((row) => row.id).sort(), name).toEqual(allowed.sort());
    }
  });
});

describe("staffAreaSummary", () => {
  it.each([
    ["vaccinator", 1, 1, "Own"],
    ["district_admin", 2, 2, null],
    ["state_admin", 3, 3, null],
    ["national_admin", 4, 4, null],
    ["district_admin without a district", 0, 0, null],
  ])("%s: %d facilities and %d scheduled sessions in the next 7 days", async (name, facilityCount, sessionCount, facilityName) => {
    const scope = scopes().find(([candidate]) => candidate === name)![1];
    const summary = await staffAreaSummary(t.db, scope, today);
    expect(summary).toMatchObject({ facilities: facilityCount, sessionsNextWeek: sessionCount, facilityName });
  });

  it("names the place the scope stands for", async () => {
    const vaccinator = scopes()[0]![1];
    expect(await staffAreaSummary(t.db, vaccinator, today)).toMatchObject({ districtName: world.home.district.name, stateName: world.home.state.name });
  });
});
