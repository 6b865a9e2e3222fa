import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { receiveBatch } from "./receive";
import { addBatch, batchRow, options, stockWorld, today } from "./test-world";
import { recordWastage, WASTAGE_ACTION } from "./wastage";

// On PostgreSQL the races really interleave (pool of 20); PGlite runs one transaction at a time, so there
// the same tests check the bookkeeping, not the locking.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const auditOf = (batchId: string, action: string) =>
  t.db.select().from(s.auditLog).where(and(eq(s.auditLog.entityType, "stock_batch"), eq(s.auditLog.entityId, batchId), eq(s.auditLog.action, action)));
const batchesOf = (facilityId: number) => t.db.select().from(s.stockBatches).where(eq(s.stockBatches.facilityId, facilityId));

describe("receiveBatch", () => {
  it("records the batch at the staff member's facility with the lot as printed, and audits it", async () => {
    const w = await stockWorld(t.db);
    const result = await receiveBatch(t.db, w.scope, { vaccineCode: w.vaccine.code, lot: " ej 0553 ", expiresOn: "2027-05-31", doses: 500 }, options);
    expect(result).toMatchObject({ ok: true, lot: "EJ0553" });
    if (!result.ok) return;
    expect(await batchRow(t.db, result.batchId)).toMatchObject({ facilityId: w.facility.id, vaccineCode: w.vaccine.code, lot: "EJ0553", expiresOn: "2027-05-31", dosesReceived: 500, dosesUsed: 0, dosesWasted: 0 });
    const [audit] = await auditOf(result.batchId, "stock.batch_received");
    expect(audit).toMatchObject({ actorType: "staff", actorId: w.scope.staffId, ip: "10.2.3.4", summary: { lot: "EJ0553", doses: 500, expiresOn: "2027-05-31", vaccineCode: w.vaccine.code } });
  });

  it("refuses a lot the facility already holds for that vaccine, however it is typed; other vaccines and facilities are untouched", async () => {
    const w = await stockWorld(t.db);
    const receipt = { vaccineCode: w.vaccine.code, lot: "AB123", expiresOn: "2027-01-31", doses: 100 };
    const theirs = await addBatch(t.db, w.elsewhere, w.vaccine, { lot: "AB123", dosesReceived: 40, dosesUsed: 7 });
    expect(await receiveBatch(t.db, w.scope, receipt, options)).toMatchObject({ ok: true });
    expect(await receiveBatch(t.db, w.scope, { ...receipt, lot: "ab 123", doses: 900 }, options)).toEqual({ ok: false, reason: "duplicateLot", lot: "AB123" });
    // The same lot number of another vaccine is another batch.
    expect(await receiveBatch(t.db, w.scope, { ...receipt, vaccineCode: w.other.code }, options)).toMatchObject({ ok: true });

    const ours = await batchesOf(w.facility.id);
    expect(ours.map((b) => [b.vaccineCode, b.lot, b.dosesReceived]).sort()).toEqual([[w.vaccine.code, "AB123", 100], [w.other.code, "AB123", 100]].sort());
    expect(await batchesOf(w.elsewhere.id)).toEqual([theirs]);
  });

  it("records one batch when the same receipt is sent ten times at once", async () => {
    const w = await stockWorld(t.db);
    const receipt = { vaccineCode: w.vaccine.code, lot: "RACE1", expiresOn: "2027-01-31", doses: 100 };
    const results = await Promise.all(Array.from({ length: 10 }, () => receiveBatch(t.db, w.scope, receipt, options)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "duplicateLot")).toBe(true);
    expect(await batchesOf(w.facility.id)).toHaveLength(1);
  });

  it.each([
    [{ vaccineCode: "NO-SUCH-VACCINE" }, "unknownVaccine"],
    [{ lot: "a_b" }, "lotInvalid"],
    [{ expiresOn: "2026-11-19" }, "expiryPast"],
    [{ expiresOn: "2027-02-30" }, "expiryInvalid"],
    [{ doses: 0 }, "dosesRange"],
    [{ doses: 100_001 }, "dosesRange"],
  ])("refuses %j (%s) and records nothing", async (change, reason) => {
    const w = await stockWorld(t.db);
    const result = await receiveBatch(t.db, w.scope, { vaccineCode: w.vaccine.code, lot: "OK1", expiresOn: today, doses: 10, ...change }, options);
    expect(result).toEqual({ ok: false, reason });
    expect(await batchesOf(w.facility.id)).toEqual([]);
  });

  it("refuses a vaccine that is no longer active", async () => {
    const w = await stockWorld(t.db);
    await t.db.update(s.vaccines).set({ active: false }).where(eq(s.vaccines.code, w.other.code));
    expect(await receiveBatch(t.db, w.scope, { vaccineCode: w.other.code, lot: "OK1", expiresOn: today, doses: 10 }, options)).toEqual({ ok: false, reason: "unknownVaccine" });
  });
});

describe("recordWastage", () => {
  const key = () => randomUUID();

  it("20 records of 1 dose at once on a batch with 5 left: 5 recorded, never over, each audited", { timeout: 120_000 }, async () => {
    const w = await stockWorld(t.db);
    const batch = await addBatch(t.db, w.facility, w.vaccine, { dosesReceived: 50, dosesUsed: 40, dosesWasted: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, () => recordWastage(t.db, w.scope, { batchId: batch.id, doses: 1, wastageKey: key() })));

    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "notEnoughLeft" && r.left === 0)).toBe(true);
    expect(await batchRow(t.db, batch.id)).toMatchObject({ dosesReceived: 50, dosesUsed: 40, dosesWasted: 10 });
    expect(await auditOf(batch.id, WASTAGE_ACTION)).toHaveLength(5);
  });

  it("records n doses with the reason and before/after in the audit, and refuses more than are left", async () => {
    const w = await stockWorld(t.db);
    const batch = await addBatch(t.db, w.facility, w.vaccine, { dosesReceived: 20, dosesUsed: 4 });
    expect(await recordWastage(t.db, w.scope, { batchId: batch.id, doses: 6, reason: " Vial broke ", wastageKey: key() })).toEqual({
      ok: true,
      replayed: false,
      batch: { id: batch.id, lot: batch.lot, wasted: 6, left: 10 },
    });
    expect(await recordWastage(t.db, w.scope, { batchId: batch.id, doses: 11, wastageKey: key() })).toEqual({ ok: false, reason: "notEnoughLeft", left: 10 });
    expect(await recordWastage(t.db, w.scope, { batchId: batch.id, doses: 0, wastageKey: key() })).toEqual({ ok: false, reason: "dosesRange" });
    expect(await batchRow(t.db, batch.id)).toMatchObject({ dosesUsed: 4, dosesWasted: 6 });
    const audits = await auditOf(batch.id, WASTAGE_ACTION);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: "staff", actorId: w.scope.staffId, summary: { doses: 6, reason: "Vial broke", before: { wasted: 0 }, after: { wasted: 6 } } });
  });

  it("wastes doses of an expired batch (that is how it is disposed of)", async () => {
    const w = await stockWorld(t.db);
    const batch = await addBatch(t.db, w.facility, w.vaccine, { expiresOn: "2026-10-31", dosesReceived: 30, dosesUsed: 12 });
    expect(await recordWastage(t.db, w.scope, { batchId: batch.id, doses: 18, wastageKey: key() })).toMatchObject({ ok: true, batch: { left: 0 } });
  });

  it("records once when the same submit arrives twice, or five times at once", async () => {
    const w = await stockWorld(t.db);
    const batch = await addBatch(t.db, w.facility, w.vaccine, { dosesReceived: 100 });
    const request = { batchId: batch.id, doses: 3, wastageKey: key() };
    expect(await recordWastage(t.db, w.scope, request)).toMatchObject({ ok: true, replayed: false, batch: { wasted: 3 } });
    expect(await recordWastage(t.db, w.scope, request)).toMatchObject({ ok: true, replayed: true, batch: { wasted: 3 } });

    const twin = { ...request, wastageKey: key() };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordWastage(t.db, w.scope, twin)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect((await batchRow(t.db, batch.id)).dosesWasted).toBe(6);
    expect(await auditOf(batch.id, WASTAGE_ACTION)).toHaveLength(2);
  });

  it("answers another facility's batch, or a malformed id, like a missing one, and changes nothing", async () => {
    const w = await stockWorld(t.db);
    const theirs = await addBatch(t.db, w.elsewhere, w.vaccine, { dosesReceived: 100 });
    for (const batchId of [theirs.id, randomUUID(), "not-a-uuid"]) {
      expect(await recordWastage(t.db, w.scope, { batchId, doses: 1, wastageKey: key() })).toEqual({ ok: false, reason: "notFound" });
    }
    expect(await batchRow(t.db, theirs.id)).toEqual(theirs);
    expect(await auditOf(theirs.id, WASTAGE_ACTION)).toEqual([]);
  });
});
