import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { recordAdverseEvent } from "./adverse-events";
import { readDosePage } from "./dose-page";
import { markDose } from "./mark";
import { addBatch, addSession, addVaccinator, bookedPerson, deskWorld, newKey, now, options, policy, today } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const scopeAt = (facilityId: number, day = today) => ({ facilityId, today: day, timeZone: policy.timeZone });

describe("readDosePage", () => {
  it("shows a dose given here: who, which dose, vaccine, lot, when, by whom; the other usable batches; the events recorded", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world, { name: "Asha Devi" });
    const marked = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    if (!marked.ok) throw new Error(JSON.stringify(marked));
    const spare = await addBatch(t.db, world.facility, world.vaccine, { lot: "SPARE1", expiresOn: "2027-01-31" });
    await addBatch(t.db, world.facility, world.vaccine, { lot: "OLD1", expiresOn: "2026-11-19" });
    await recordAdverseEvent(t.db, world.scope, { doseId: marked.doseId, severity: "minor", onsetOn: today, notes: "Sore arm" }, options);

    const page = await readDosePage(t.db, scopeAt(world.facility.id), world.session.id, marked.doseId);
    expect(page).toMatchObject({
      dose: {
        id: marked.doseId,
        sessionId: world.session.id,
        personName: "Asha Devi",
        doseNumber: 1,
        vaccineCode: world.vaccine.code,
        vaccineName: world.vaccine.name,
        batchId: world.batch.id,
        lot: world.batch.lot,
        administeredAt: now,
        givenOn: today,
        vaccinatorName: "Test Vaccinator",
      },
      correctable: true,
      otherBatches: [{ id: spare.id, lot: "SPARE1", expiresOn: "2027-01-31", dosesLeft: 100 }],
      adverseEvents: [{ severity: "minor", onsetOn: today, notes: "Sore arm", reportedBy: "Test Vaccinator" }],
    });

    // The next day the dose is still there (events come in later), but its batch can no longer be corrected.
    expect(await readDosePage(t.db, scopeAt(world.facility.id, "2026-11-21"), world.session.id, marked.doseId)).toMatchObject({
      dose: { id: marked.doseId },
      correctable: false,
      otherBatches: [],
    });
  });

  it("finds nothing for another facility's staff, another session's address, or malformed ids", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world);
    const marked = await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    if (!marked.ok) throw new Error(JSON.stringify(marked));
    const elsewhere = await createFacility(t.db, world.geo);
    await addVaccinator(t.db, elsewhere);
    const { session: sameFacilityOtherSession } = await addSession(t.db, world.facility, world.vaccine, { date: today, minAge: 45 });

    expect(await readDosePage(t.db, scopeAt(elsewhere.id), world.session.id, marked.doseId)).toBeNull();
    expect(await readDosePage(t.db, scopeAt(world.facility.id), sameFacilityOtherSession.id, marked.doseId)).toBeNull();
    expect(await readDosePage(t.db, scopeAt(world.facility.id), world.session.id, randomUUID())).toBeNull();
    expect(await readDosePage(t.db, scopeAt(world.facility.id), "not-a-uuid", marked.doseId)).toBeNull();
  });
});
