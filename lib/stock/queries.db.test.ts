import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { getFacilityBatch, listFacilityStock, listUsableBatches } from "./queries";
import { addBatch, stockWorld, today } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

describe("listUsableBatches", () => {
  it("offers this facility's batches of this vaccine with doses left and not expired, the first to expire first", async () => {
    const w = await stockWorld(t.db);
    const later = await addBatch(t.db, w.facility, w.vaccine, { lot: "LATER", expiresOn: "2027-03-01", dosesReceived: 50, dosesUsed: 10, dosesWasted: 5 });
    const expiresToday = await addBatch(t.db, w.facility, w.vaccine, { lot: "TODAY", expiresOn: today, dosesReceived: 10, dosesUsed: 9 });
    await addBatch(t.db, w.facility, w.vaccine, { lot: "EXPIRED", expiresOn: "2026-11-19", dosesReceived: 10 });
    await addBatch(t.db, w.facility, w.vaccine, { lot: "EMPTY", dosesReceived: 10, dosesUsed: 6, dosesWasted: 4 });
    await addBatch(t.db, w.facility, w.other, { lot: "OTHERVAX" });
    await addBatch(t.db, w.elsewhere, w.vaccine, { lot: "ELSEWHERE", expiresOn: "2026-12-01" });

    expect(await listUsableBatches(t.db, w.facility.id, w.vaccine.code, today)).toEqual([
      { id: expiresToday.id, lot: "TODAY", expiresOn: today, dosesLeft: 1 },
      { id: later.id, lot: "LATER", expiresOn: "2027-03-01", dosesLeft: 35 },
    ]);
    // The next day, the batch that expired today is no longer offered.
    expect((await listUsableBatches(t.db, w.facility.id, w.vaccine.code, "2026-11-21")).map((b) => b.lot)).toEqual(["LATER"]);
    expect(await listUsableBatches(t.db, w.facility.id, "NO-SUCH-VACCINE", today)).toEqual([]);
  });
});

describe("listFacilityStock and getFacilityBatch", () => {
  it("list every batch of the facility with its counts and state, and nothing of another facility", async () => {
    const w = await stockWorld(t.db);
    const usable = await addBatch(t.db, w.facility, w.vaccine, { lot: "A1", dosesReceived: 100, dosesUsed: 30, dosesWasted: 2 });
    await addBatch(t.db, w.facility, w.vaccine, { lot: "A0", expiresOn: "2026-01-31", dosesReceived: 20 });
    await addBatch(t.db, w.facility, w.vaccine, { lot: "A2", expiresOn: "2027-12-31", dosesReceived: 5, dosesUsed: 5 });
    const theirs = await addBatch(t.db, w.elsewhere, w.vaccine, { lot: "B1" });

    const stock = await listFacilityStock(t.db, w.facility.id, today);
    expect(stock.map((b) => [b.lot, b.state, b.left])).toEqual([
      ["A0", "expired", 20],
      ["A1", "usable", 68],
      ["A2", "empty", 0],
    ]);
    expect(stock[1]).toMatchObject({ id: usable.id, vaccineCode: w.vaccine.code, vaccineName: w.vaccine.name, received: 100, used: 30, wasted: 2 });

    expect(await getFacilityBatch(t.db, w.facility.id, usable.id, today)).toEqual(stock[1]);
    expect(await getFacilityBatch(t.db, w.facility.id, theirs.id, today)).toBeNull();
    expect(await getFacilityBatch(t.db, w.facility.id, "not-a-uuid", today)).toBeNull();
  });
});
