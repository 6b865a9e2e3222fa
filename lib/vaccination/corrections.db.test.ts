import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { correctDoseBatch } from "./corrections";
import { markDose } from "./mark";
import { addBatch, addVaccinator, at, auditOf, batchRow, bookedPerson, deskWorld, newKey, options, type DeskWorld } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

/** A person marked with the world's batch; returns the dose id. */
async function vaccinated(world: DeskWorld): Promise<string> {
  const { appointment } = await bookedPerson(t.db, world);
  const result = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.doseId;
}

const doseRow = async (id: string) => (await t.db.select().from(s.doses).where(eq(s.doses.id, id)))[0]!;

describe("correcting a dose's batch", () => {
  it("moves the dose from one batch's count to the other's, updates the dose and audits before and after", async () => {
    const world = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    const right = await addBatch(t.db, world.facility, world.vaccine, { lot: `RIGHT-${newKey().slice(0, 8)}` });

    const result = await correctDoseBatch(t.db, world.scope, { doseId, batchId: right.id }, options);
    const before = { batchId: world.batch.id, lot: world.batch.lot };
    const after = { batchId: right.id, lot: right.lot };
    expect(result).toEqual({ ok: true, changed: true, before, after });
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(0);
    expect((await batchRow(t.db, right.id)).dosesUsed).toBe(1);
    expect(await doseRow(doseId)).toMatchObject({ stockBatchId: right.id, lot: right.lot });
    expect(await auditOf(t.db, "dose.batch_corrected", [doseId])).toEqual([
      expect.objectContaining({ actorType: "staff", actorId: world.scope.staffId, entityType: "dose", summary: { before, after, certificate: { replaced: expect.any(String), certificateId: expect.any(String) } } }),
    ]);

    // Asked again (a retry): already there, nothing moves.
    expect(await correctDoseBatch(t.db, world.scope, { doseId, batchId: right.id }, options)).toEqual({ ok: true, changed: false, before: after, after });
    expect((await batchRow(t.db, right.id)).dosesUsed).toBe(1);
  });

  it("is refused the next day and at another facility, like a missing dose, changing nothing", async () => {
    const world = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    const right = await addBatch(t.db, world.facility, world.vaccine);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    const notFound = { ok: false, reason: "notFound" };

    expect(await correctDoseBatch(t.db, world.scope, { doseId, batchId: right.id }, at("2026-11-21T04:00:00Z"))).toEqual(notFound);
    expect(await correctDoseBatch(t.db, elsewhere, { doseId, batchId: right.id }, options)).toEqual(notFound);
    expect(await correctDoseBatch(t.db, world.scope, { doseId: "not-a-uuid", batchId: right.id }, options)).toEqual(notFound);
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
    expect((await batchRow(t.db, right.id)).dosesUsed).toBe(0);
    expect((await doseRow(doseId)).stockBatchId).toBe(world.batch.id);
  });

  it("refuses a batch that cannot serve the dose (elsewhere, other vaccine, expired) or has none left, changing nothing", async () => {
    const world = await deskWorld(t.db);
    const other = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    for (const batch of [other.batch, await addBatch(t.db, world.facility, other.vaccine), await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2026-11-19" })]) {
      expect(await correctDoseBatch(t.db, world.scope, { doseId, batchId: batch.id }, options)).toEqual({ ok: false, reason: "batchUnusable" });
    }
    const empty = await addBatch(t.db, world.facility, world.vaccine, { dosesReceived: 5, dosesUsed: 5 });
    expect(await correctDoseBatch(t.db, world.scope, { doseId, batchId: empty.id }, options)).toEqual({ ok: false, reason: "outOfStock" });
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
    expect((await batchRow(t.db, empty.id)).dosesUsed).toBe(5);
    expect((await doseRow(doseId)).stockBatchId).toBe(world.batch.id);
    expect(await auditOf(t.db, "dose.batch_corrected", [doseId])).toEqual([]);
  });

  it("survives two corrections crossing between the same two batches at once (no deadlock, counts add up)", { timeout: 60_000 }, async () => {
    const world = await deskWorld(t.db);
    const second = await addBatch(t.db, world.facility, world.vaccine);
    const doseA = await vaccinated(world);
    const { appointment } = await bookedPerson(t.db, world);
    const marked = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: second.id, idempotencyKey: newKey() }, options);
    if (!marked.ok) throw new Error(JSON.stringify(marked));

    const results = await Promise.all([
      correctDoseBatch(t.db, world.scope, { doseId: doseA, batchId: second.id }, options),
      correctDoseBatch(t.db, world.scope, { doseId: marked.doseId, batchId: world.batch.id }, options),
    ]);
    expect(results.every((r) => r.ok && r.changed)).toBe(true);
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
    expect((await batchRow(t.db, second.id)).dosesUsed).toBe(1);
  });
});
