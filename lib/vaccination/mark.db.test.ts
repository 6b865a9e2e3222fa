import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { bookAppointments } from "@/lib/appointments/commands";
import { countViolations } from "@/lib/appointments/invariants";
import { uvciPattern } from "@/lib/certificates/uvci";
import { markDose, type MarkDoseRequest } from "./mark";
import {
  addBatch,
  addSession,
  addVaccinator,
  appointmentRow,
  at,
  auditOf,
  batchRow,
  bookedPerson,
  certificatesOf,
  citizen,
  deskWorld,
  dosesOf,
  insertAppointments,
  newKey,
  now,
  options,
  recordDose,
  type DeskWorld,
} from "./test-world";
import type { VaccinatorScope } from "./types";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const mark = (scope: VaccinatorScope, request: Omit<MarkDoseRequest, "idempotencyKey"> & { idempotencyKey?: string }, opts = options) =>
  markDose(t.db, scope, { idempotencyKey: newKey(), ...request }, opts);

/** Nothing of a mark landed: the appointment still booked, no dose or certificate, the batch untouched. */
async function expectNothingWritten(world: DeskWorld, appointmentId: string, beneficiaryId: string, dosesBefore = 0) {
  expect((await appointmentRow(t.db, appointmentId)).status).toBe("booked");
  expect(await dosesOf(t.db, [beneficiaryId])).toHaveLength(dosesBefore);
  expect(await certificatesOf(t.db, [beneficiaryId])).toHaveLength(0);
  expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(0);
}

describe("marking a dose", () => {
  it("records the dose, completes the appointment, takes one from the batch, creates a provisional certificate and audits", async () => {
    const world = await deskWorld(t.db);
    const who = await citizen(t.db);
    const booking = await bookAppointments(t.db, who.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() }, options);
    if (!booking.ok) throw new Error(JSON.stringify(booking));
    const appointment = booking.appointments[0]!;

    const result = await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id });
    expect(result).toMatchObject({ ok: true, replayed: false, doseNumber: 1, certificateKind: "provisional" });
    if (!result.ok) return;

    const [dose] = await dosesOf(t.db, who.ids);
    expect(dose).toMatchObject({
      id: result.doseId,
      doseNumber: 1,
      vaccineCode: world.vaccine.code,
      stockBatchId: world.batch.id,
      lot: world.batch.lot,
      facilityId: world.facility.id,
      sessionId: world.session.id,
      appointmentId: appointment.id,
      vaccinatorId: world.scope.staffId,
      administeredAt: now,
    });
    expect((await appointmentRow(t.db, appointment.id)).status).toBe("completed");
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
    const [certificate] = await certificatesOf(t.db, who.ids);
    expect(certificate).toMatchObject({ kind: "provisional", doseNumber: 1, signingKeyId: null, revokedAt: null });
    expect(certificate!.certificateId).toMatch(uvciPattern);
    expect(certificate!.certificateId.startsWith("URN:UVCI:01:IN:")).toBe(true);
    const [audit] = await auditOf(t.db, "dose.administered", [result.doseId]);
    expect(audit).toMatchObject({ actorType: "staff", actorId: world.scope.staffId, ip: "10.4.5.6", entityType: "dose" });
    expect(audit!.summary).toMatchObject({ appointmentId: appointment.id, batchId: world.batch.id, lot: world.batch.lot, doseNumber: 1 });
    // Completed appointments keep their seats: the counters still match.
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
  });

  it("issues a final certificate at the last primary dose and a precaution after the series", async () => {
    const world = await deskWorld(t.db);
    const second = await citizen(t.db);
    await recordDose(t.db, second.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-10-20T05:00:00Z"));
    const third = await citizen(t.db);
    await recordDose(t.db, third.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-01-05T05:00:00Z"));
    await recordDose(t.db, third.ids[0]!, world.vaccine, world.facility, 2, new Date("2026-02-05T05:00:00Z"));
    const [dose2] = await insertAppointments(t.db, world.session, second.ids, { doseNumber: 2 });
    const [dose3] = await insertAppointments(t.db, world.session, third.ids, { doseNumber: 3 });

    expect(await mark(world.scope, { appointmentId: dose2!.id, securityCode: dose2!.securityCode, batchId: world.batch.id })).toMatchObject({ ok: true, doseNumber: 2, certificateKind: "final" });
    expect(await mark(world.scope, { appointmentId: dose3!.id, securityCode: dose3!.securityCode, batchId: world.batch.id })).toMatchObject({ ok: true, doseNumber: 3, certificateKind: "precaution" });
    expect((await certificatesOf(t.db, [...second.ids, ...third.ids])).map((c) => [c.doseNumber, c.kind]).sort()).toEqual([[2, "final"], [3, "precaution"]]);
  });

  it("answers a retry with the same key with the first answer and records one dose", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const request = { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() };
    const first = await mark(world.scope, request);
    const again = await mark(world.scope, request);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toEqual({ ...first, replayed: true });
    // Even a retry that lost the code (a reload) finds its dose: the key, not the code, identifies it.
    expect(await mark(world.scope, { ...request, securityCode: undefined })).toEqual({ ...first, replayed: true });
    expect(await dosesOf(t.db, [beneficiaryId])).toHaveLength(1);
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
  });

  it("refuses a completed appointment under a new key, and cancelled or missed ones", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world);
    expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id })).toMatchObject({ ok: true });
    expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id })).toEqual({ ok: false, reason: "notBooked", status: "completed" });

    for (const status of ["cancelled", "no_show"] as const) {
      const other = await bookedPerson(t.db, world);
      await t.db.update(s.appointments).set({ status }).where(eq(s.appointments.id, other.appointment.id));
      expect(await mark(world.scope, { appointmentId: other.appointment.id, securityCode: other.appointment.securityCode, batchId: world.batch.id })).toEqual({ ok: false, reason: "notBooked", status });
    }
    expect((await batchRow(t.db, world.batch.id)).dosesUsed).toBe(1);
  });
});

describe("eligibility at the desk", () => {
  it("refuses dose 2 without dose 1, and the day before its interval opens; allows it on the day", async () => {
    const world = await deskWorld(t.db);
    const [none, early, due] = await Promise.all([citizen(t.db), citizen(t.db), citizen(t.db)]);
    // The vaccine's dose-2 interval is 28 days; today is 20 November in India.
    await recordDose(t.db, early.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-10-24T05:00:00Z"));
    await recordDose(t.db, due.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-10-23T05:00:00Z"));
    const [withoutDose1, dayBefore, onTheDay] = await insertAppointments(t.db, world.session, [none.ids[0]!, early.ids[0]!, due.ids[0]!], { doseNumber: 2 });

    expect(await mark(world.scope, { appointmentId: withoutDose1!.id, securityCode: withoutDose1!.securityCode, batchId: world.batch.id })).toEqual({
      ok: false,
      reason: "ineligible",
      refusal: { reason: "doseOrder", doseNumber: 2, previousDose: 1 },
    });
    expect(await mark(world.scope, { appointmentId: dayBefore!.id, securityCode: dayBefore!.securityCode, batchId: world.batch.id })).toEqual({
      ok: false,
      reason: "ineligible",
      refusal: { reason: "tooEarly", doseNumber: 2, vaccineName: "Testvax", from: "2026-11-21" },
    });
    await expectNothingWritten(world, withoutDose1!.id, none.ids[0]!);
    await expectNothingWritten(world, dayBefore!.id, early.ids[0]!, 1);

    expect(await mark(world.scope, { appointmentId: onTheDay!.id, securityCode: onTheDay!.securityCode, batchId: world.batch.id })).toMatchObject({ ok: true, doseNumber: 2 });
  });

  it("refuses dose 2 of another vaccine than dose 1's", async () => {
    const world = await deskWorld(t.db);
    const other = await createVaccine(t.db, { name: "Othervax" });
    const who = await citizen(t.db);
    await recordDose(t.db, who.ids[0]!, other, world.facility, 1, new Date("2026-10-20T05:00:00Z"));
    const [appointment] = await insertAppointments(t.db, world.session, who.ids, { doseNumber: 2 });
    expect(await mark(world.scope, { appointmentId: appointment!.id, securityCode: appointment!.securityCode, batchId: world.batch.id })).toEqual({
      ok: false,
      reason: "ineligible",
      refusal: { reason: "wrongVaccine", doseNumber: 2, vaccineName: "Othervax", sessionVaccineName: "Testvax" },
    });
    await expectNothingWritten(world, appointment!.id, who.ids[0]!, 1);
  });

  it("refuses someone too young for the session's vaccine", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world, { birthYear: 2010 });
    expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id })).toEqual({
      ok: false,
      reason: "ineligible",
      refusal: { reason: "tooYoung", minAge: 18 },
    });
    await expectNothingWritten(world, appointment.id, beneficiaryId);
  });
});

describe("scope", () => {
  it("answers 'notFound' to a vaccinator of another facility, for yesterday's session and for unknown ids, writing nothing", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    const request = { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id };
    const notFound = { ok: false, reason: "notFound" };

    expect(await mark(elsewhere, request)).toEqual(notFound);
    // The country's calendar decides "today": 23:30 on the 19th in India is not it, 00:15 on the 20th is (still the 19th in UTC).
    expect(await mark(world.scope, request, at("2026-11-19T18:00:00Z"))).toEqual(notFound);
    expect(await mark(world.scope, { ...request, securityCode: "x" }, at("2026-11-19T18:45:00Z"))).toMatchObject({ reason: "wrongCode" });
    await t.db.update(s.appointments).set({ codeFailures: 0, codeFailuresOn: null }).where(eq(s.appointments.id, appointment.id));
    // The same vaccinator, the same appointment, tomorrow: it was yesterday's session by then.
    expect(await mark(world.scope, request, at("2026-11-21T04:00:00Z"))).toEqual(notFound);
    expect(await mark(world.scope, { ...request, appointmentId: randomUUID() })).toEqual(notFound);
    expect(await mark(world.scope, { ...request, appointmentId: "not-a-uuid" })).toEqual(notFound);
    await expectNothingWritten(world, appointment.id, beneficiaryId);

    const yesterday = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-19" });
    const late = await citizen(t.db);
    const [missed] = await insertAppointments(t.db, yesterday.session, late.ids, { slotId: yesterday.slots[0]!.id });
    expect(await mark(world.scope, { appointmentId: missed!.id, securityCode: missed!.securityCode, batchId: world.batch.id })).toEqual(notFound);
    expect((await appointmentRow(t.db, missed!.id)).status).toBe("booked");
  });

  it("refuses another facility's batch, another vaccine's and an expired one; allows one expiring today", async () => {
    const world = await deskWorld(t.db);
    const other = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const batches = [other.batch, await addBatch(t.db, world.facility, other.vaccine), await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2026-11-19" })];
    for (const batch of batches) {
      expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: batch.id })).toEqual({ ok: false, reason: "batchUnusable" });
      expect((await batchRow(t.db, batch.id)).dosesUsed).toBe(0);
    }
    await expectNothingWritten(world, appointment.id, beneficiaryId);

    const lastDay = await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2026-11-20" });
    expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: lastDay.id })).toMatchObject({ ok: true });
  });

  it("answers 'outOfStock' for an empty batch and keeps nothing", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const empty = await addBatch(t.db, world.facility, world.vaccine, { dosesReceived: 10, dosesUsed: 6, dosesWasted: 4 });
    expect(await mark(world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: empty.id })).toEqual({ ok: false, reason: "outOfStock" });
    await expectNothingWritten(world, appointment.id, beneficiaryId);
    expect(await batchRow(t.db, empty.id)).toMatchObject({ dosesUsed: 6, dosesWasted: 4 });
  });
});

describe("the security code", () => {
  it("refuses and counts a wrong code, locks at the limit even for the right code, and audits both", async () => {
    const world = await deskWorld(t.db);
    const { beneficiaryId, appointment } = await bookedPerson(t.db, world);
    const wrong = appointment.securityCode === "0000" ? "1111" : "0000";
    const attempt = (securityCode?: string) => mark(world.scope, { appointmentId: appointment.id, securityCode, batchId: world.batch.id });

    expect(await attempt(wrong)).toEqual({ ok: false, reason: "wrongCode", attemptsLeft: 4 });
    expect(await attempt(undefined)).toEqual({ ok: false, reason: "wrongCode", attemptsLeft: 3 });
    expect(await appointmentRow(t.db, appointment.id)).toMatchObject({ codeFailures: 2, codeFailuresOn: "2026-11-20", status: "booked" });
    expect(await attempt(wrong)).toEqual({ ok: false, reason: "wrongCode", attemptsLeft: 2 });
    expect(await attempt(wrong)).toEqual({ ok: false, reason: "wrongCode", attemptsLeft: 1 });
    expect(await attempt(wrong)).toEqual({ ok: false, reason: "locked" });
    expect(await attempt(appointment.securityCode)).toEqual({ ok: false, reason: "locked" });

    await expectNothingWritten(world, appointment.id, beneficiaryId);
    expect(await auditOf(t.db, "appointment.wrong_code", [appointment.id])).toHaveLength(4);
    const [locked] = await auditOf(t.db, "appointment.code_locked", [appointment.id]);
    expect(locked).toMatchObject({ actorType: "staff", actorId: world.scope.staffId, summary: { failuresToday: 5 } });
  });

  it("starts a new day from zero: yesterday's lock-out does not hold today", async () => {
    const world = await deskWorld(t.db);
    const [first, second] = await Promise.all([bookedPerson(t.db, world), bookedPerson(t.db, world)]);
    // Locked yesterday (its session has since moved to today).
    await t.db.update(s.appointments).set({ codeFailures: 5, codeFailuresOn: "2026-11-19" }).where(eq(s.appointments.id, first.appointment.id));
    await t.db.update(s.appointments).set({ codeFailures: 5, codeFailuresOn: "2026-11-19" }).where(eq(s.appointments.id, second.appointment.id));

    const wrong = second.appointment.securityCode === "0000" ? "1111" : "0000";
    expect(await mark(world.scope, { appointmentId: second.appointment.id, securityCode: wrong, batchId: world.batch.id })).toEqual({ ok: false, reason: "wrongCode", attemptsLeft: 4 });
    expect(await appointmentRow(t.db, second.appointment.id)).toMatchObject({ codeFailures: 1, codeFailuresOn: "2026-11-20" });
    expect(await mark(world.scope, { appointmentId: first.appointment.id, securityCode: first.appointment.securityCode, batchId: world.batch.id })).toMatchObject({ ok: true });
  });
});
