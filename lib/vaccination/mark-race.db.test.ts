import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { countViolations } from "@/lib/appointments/invariants";
import { markDose } from "./mark";
import { addBatch, batchRow, bookedCrowd, bookedPerson, certificatesOf, deskWorld, dosesOf, newKey, options } from "./test-world";
import type { MarkResult } from "./types";

// Tablets at once. On PostgreSQL the transactions really interleave (pool of 20); PGlite runs them one at
// a time, so there the same tests check the bookkeeping, not the locking.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const BUDGET = { timeout: 120_000 };
const succeeded = (results: MarkResult[]) => results.filter((r): r is Extract<MarkResult, { ok: true }> => r.ok);

describe("two tablets, one person", () => {
  it("with different keys: one dose, one certificate, one dose off the batch; the other tablet hears 'completed'", BUDGET, async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const tap = () => markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    const results = await Promise.all([tap(), tap()]);

    expect(succeeded(results)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "notBooked", status: "completed" });
    expect(await dosesOf(t.db, [beneficiaryId])).toHaveLength(1);
    expect(await certificatesOf(t.db, [beneficiaryId])).toHaveLength(1);
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
  });

  it("with the same key (a double tap, a retry racing the original): every answer is the one dose", BUDGET, async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const request = { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() };
    const results = await Promise.all(Array.from({ length: 4 }, () => markDose(t.db, world.scope, request, options)));

    const answers = succeeded(results);
    expect(answers).toHaveLength(4);
    expect(answers.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(answers.map((r) => r.doseId)).size).toBe(1);
    expect(await dosesOf(t.db, [beneficiaryId])).toHaveLength(1);
    expect(await certificatesOf(t.db, [beneficiaryId])).toHaveLength(1);
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
  });
});

describe("the last doses of a batch", () => {
  it("30 people marked at once from a batch with 10 doses left: 10 doses, the batch exactly used up, 20 'outOfStock'", BUDGET, async () => {
    const world = await deskWorld(t.db, { session: { capacityDose1: 40 } });
    const batch = await addBatch(t.db, world.facility, world.vaccine, { dosesReceived: 50, dosesUsed: 35, dosesWasted: 5 });
    const crowd = await bookedCrowd(t.db, world, 30);
    const results = await Promise.all(
      crowd.map((a) => markDose(t.db, world.scope, { appointmentId: a.id, securityCode: a.securityCode, batchId: batch.id, idempotencyKey: newKey() }, options)),
    );

    expect(succeeded(results)).toHaveLength(10);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 20 }, () => ({ ok: false, reason: "outOfStock" })));
    expect(await batchRow(t.db, batch.id)).toMatchObject({ dosesReceived: 50, dosesUsed: 45, dosesWasted: 5 });
    const ids = crowd.map((a) => a.beneficiaryId);
    const doses = await dosesOf(t.db, ids);
    expect(doses).toHaveLength(10);
    expect(doses.every((d) => d.stockBatchId === batch.id)).toBe(true);
    expect(await certificatesOf(t.db, ids)).toHaveLength(10);
    const statuses = await t.db.select({ status: s.appointments.status }).from(s.appointments).where(inArray(s.appointments.id, crowd.map((a) => a.id)));
    expect(statuses.filter((a) => a.status === "completed")).toHaveLength(10);
    expect(statuses.filter((a) => a.status === "booked")).toHaveLength(20);
    expect((await t.db.select().from(s.doses).where(eq(s.doses.stockBatchId, batch.id))).length).toBe(45 - 35);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
  });
});
