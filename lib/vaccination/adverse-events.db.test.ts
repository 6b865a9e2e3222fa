import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { recordAdverseEvent, type AdverseEventRequest } from "./adverse-events";
import { markDose } from "./mark";
import { addVaccinator, at, auditOf, bookedPerson, deskWorld, newKey, options, type DeskWorld } from "./test-world";
import type { VaccinatorScope } from "./types";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

async function vaccinated(world: DeskWorld): Promise<string> {
  const { appointment } = await bookedPerson(t.db, world);
  const result = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.doseId;
}

const report = (scope: VaccinatorScope, request: Partial<AdverseEventRequest> & { doseId: string }, opts = options) =>
  recordAdverseEvent(t.db, scope, { severity: "minor", onsetOn: "2026-11-20", notes: "Fever and a sore arm in the evening.", ...request }, opts);

const eventsOf = (doseId: string) => t.db.select().from(s.adverseEvents).where(eq(s.adverseEvents.doseId, doseId));

describe("adverse events following immunization", () => {
  it("records the event against the dose with its reporter, and audits it without the notes", async () => {
    const world = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    const result = await report(world.scope, { doseId, severity: "severe" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;

    expect(await eventsOf(doseId)).toEqual([
      expect.objectContaining({ id: result.adverseEventId, severity: "severe", onsetOn: "2026-11-20", notes: "Fever and a sore arm in the evening.", reportedBy: world.scope.staffId }),
    ]);
    const [audit] = await auditOf(t.db, "adverse_event.recorded", [result.adverseEventId]);
    expect(audit).toMatchObject({ actorType: "staff", actorId: world.scope.staffId, summary: { doseId, severity: "severe", onsetOn: "2026-11-20" } });
    expect(JSON.stringify(audit)).not.toContain("Fever");
  });

  it("accepts a report days later, with an onset between the dose's day and today", async () => {
    const world = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    const later = at("2026-11-25T06:00:00Z");
    expect(await report(world.scope, { doseId, severity: "serious", onsetOn: "2026-11-22" }, later)).toMatchObject({ ok: true });
    expect(await report(world.scope, { doseId, onsetOn: "2026-11-19" }, later)).toEqual({ ok: false, reason: "onsetBeforeDose", doseOn: "2026-11-20" });
    expect(await report(world.scope, { doseId, onsetOn: "2026-11-26" }, later)).toEqual({ ok: false, reason: "onsetInFuture" });
    expect(await eventsOf(doseId)).toHaveLength(1);
  });

  it("answers 'notFound' for a dose given at another facility", async () => {
    const world = await deskWorld(t.db);
    const doseId = await vaccinated(world);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    expect(await report(elsewhere, { doseId })).toEqual({ ok: false, reason: "notFound" });
    expect(await report(world.scope, { doseId: "not-a-uuid" })).toEqual({ ok: false, reason: "notFound" });
    expect(await eventsOf(doseId)).toEqual([]);
  });
});
