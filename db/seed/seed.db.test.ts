import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCountryPack } from "@/lib/country";
import { addDays, isoDateIn } from "@/lib/time/dates";
import { migrateDatabase } from "../migrate";
import { sessions, slots, staffRole, staffUsers, stockBatches } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { countSeededRows } from "./counts";
import { seedDatabase } from "./index";

describe("India demo seed", () => {
  let t: TestDatabase;
  const pack = getCountryPack("IN");
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it("loads the geography, vaccines, facilities, a week of sessions and staff for every role", async () => {
    const result = await seedDatabase(t.db, { pack, mode: "demo" });
    expect(result.status).toBe("seeded");
    const counts = await countSeededRows(t.db);
    expect(counts).toMatchObject({ states: 37, districts: 756, vaccines: pack.vaccines.length });
    expect(counts.facilities).toBeGreaterThanOrEqual(300);
    expect(counts.slots).toBeGreaterThan(counts.sessions);

    const roles = await t.db.selectDistinct({ role: staffUsers.role }).from(staffUsers);
    expect(roles.map((r) => r.role).sort()).toEqual([...staffRole.enumValues].sort());

    const today = isoDateIn(pack.timeZone);
    const [span] = await t.db.select({ first: sql<string>`min(${sessions.date})::text`, last: sql<string>`max(${sessions.date})::text` }).from(sessions);
    expect(span).toEqual({ first: today, last: addDays(today, 6) });
  });

  it("gives every session slots whose capacities add up to the session's", async () => {
    const mismatched = await t.db
      .select({ id: sessions.id })
      .from(sessions)
      .leftJoin(slots, eq(slots.sessionId, sessions.id))
      .groupBy(sessions.id)
      .having(sql`coalesce(sum(${slots.capacity}), 0) <> max(${sessions.capacityDose1} + ${sessions.capacityDose2} + ${sessions.capacityPrecaution})`);
    expect(mismatched).toEqual([]);
  });

  it("stocks every demo session's facility with a usable batch of its vaccine through the demo week", async () => {
    const lastDay = addDays(isoDateIn(pack.timeZone), 6);
    const unstocked = await t.db
      .select({ id: sessions.id, facilityId: sessions.facilityId, vaccineCode: sessions.vaccineCode })
      .from(sessions)
      .where(
        sql`not exists (select 1 from ${stockBatches} where ${stockBatches.facilityId} = ${sessions.facilityId} and ${stockBatches.vaccineCode} = ${sessions.vaccineCode}
          and ${stockBatches.expiresOn} > ${lastDay} and ${stockBatches.dosesUsed} + ${stockBatches.dosesWasted} < ${stockBatches.dosesReceived})`,
      );
    expect(unstocked).toEqual([]);
  });

  it("is idempotent, and migrating again changes nothing", async () => {
    const before = await countSeededRows(t.db);
    await migrateDatabase(t);
    expect((await seedDatabase(t.db, { pack, mode: "demo" })).status).toBe("already-seeded");
    expect(await countSeededRows(t.db)).toEqual(before);
  });

  it("refuses to mix in a second country", async () => {
    await expect(seedDatabase(t.db, { pack: getCountryPack("KE"), mode: "demo" })).rejects.toThrow(/seeded with country pack IN/);
  });
});

describe("a second country pack", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it("seeds Kenya through the same code", async () => {
    const pack = getCountryPack("KE");
    await seedDatabase(t.db, { pack, mode: "demo" });
    const counts = await countSeededRows(t.db);
    expect(counts.states).toBeGreaterThan(0);
    expect(counts.facilities).toBeGreaterThan(0);
    expect(counts.staff_users).toBe(6);
  });
});
