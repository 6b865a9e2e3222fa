import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { removeBeneficiary } from "@/lib/beneficiaries/commands";
import { cancelAppointment } from "./cancel";
import { bookAppointments } from "./commands";
import { countViolations } from "./invariants";
import { getAppointment } from "./queries";
import { rescheduleAppointment } from "./reschedule";
import { addSession, bookingWorld, citizen, newKey, options, recordDose, sessionRow, slotRow } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

/** A world with two sessions (1 and 3 December) of two slots each, and one person booked into the first slot. */
async function bookedWorld(sessionOverrides: Partial<s.NewSession> = {}) {
  const world = await bookingWorld(t.db, { slots: [{ capacity: 5 }, { capacity: 5 }] });
  const other = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-03", ...sessionOverrides }, [{ capacity: 5 }, { capacity: 1 }]);
  const who = await citizen(t.db);
  const result = await bookAppointments(t.db, who.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() }, options);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...world, other, who, appointment: result.appointments[0]! };
}

const auditOf = (action: string, id: string) => t.db.select().from(s.auditLog).where(and(eq(s.auditLog.action, action), eq(s.auditLog.entityId, id)));
const clean = async (...sessionIds: string[]) => expect((await countViolations(t.db, { sessionIds })).total).toBe(0);

describe("rescheduling", () => {
  it("moves the seat to another session and slot, counts the move and audits before and after", async () => {
    const w = await bookedWorld();
    const result = await rescheduleAppointment(t.db, w.who.context, { appointmentId: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[1]!.id }, options);
    expect(result).toMatchObject({ ok: true, changed: true, appointment: { id: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[1]!.id, rescheduleCount: 1, confirmationNumber: w.appointment.confirmationNumber } });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 0 });
    expect(await sessionRow(t.db, w.other.session.id)).toMatchObject({ bookedDose1: 1 });
    expect((await slotRow(t.db, w.slots[0]!.id)).booked).toBe(0);
    expect((await slotRow(t.db, w.other.slots[1]!.id)).booked).toBe(1);
    const [entry] = await auditOf("appointment.rescheduled", w.appointment.id);
    expect(entry?.summary).toEqual({ before: { sessionId: w.session.id, slotId: w.slots[0]!.id }, after: { sessionId: w.other.session.id, slotId: w.other.slots[1]!.id } });
    expect(await getAppointment(t.db, w.who.context.accountId, w.appointment.id)).toMatchObject({ date: "2026-12-03", startsAt: "11:00:00" });
    await clean(w.session.id, w.other.session.id);
  });

  it("moves within a session without touching its dose counters, and a retry changes nothing", async () => {
    const w = await bookedWorld();
    const request = { appointmentId: w.appointment.id, sessionId: w.session.id, slotId: w.slots[1]!.id };
    expect(await rescheduleAppointment(t.db, w.who.context, request, options)).toMatchObject({ ok: true, changed: true });
    expect(await rescheduleAppointment(t.db, w.who.context, request, options)).toMatchObject({ ok: true, changed: false, appointment: { rescheduleCount: 1 } });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 1 });
    expect([(await slotRow(t.db, w.slots[0]!.id)).booked, (await slotRow(t.db, w.slots[1]!.id)).booked]).toEqual([0, 1]);
    await clean(w.session.id);
  });

  it(`stops at the pack's limit of ${options.policy.rescheduleLimit} moves`, async () => {
    const w = await bookedWorld();
    const to = (slot: number) => ({ appointmentId: w.appointment.id, sessionId: w.session.id, slotId: w.slots[slot]!.id });
    for (const slot of [1, 0, 1]) expect((await rescheduleAppointment(t.db, w.who.context, to(slot), options)).ok).toBe(true);
    expect(await rescheduleAppointment(t.db, w.who.context, to(0), options)).toEqual({ ok: false, reason: "cannotChange", refusal: { reason: "rescheduleLimit", limit: 3 } });
    await clean(w.session.id);
  });

  it("refuses once the slot has started, and keeps the seat", async () => {
    const w = await bookedWorld();
    const started = { ...options, now: new Date("2026-12-01T03:30:00Z") };
    expect(await rescheduleAppointment(t.db, w.who.context, { appointmentId: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[0]!.id }, started)).toEqual({
      ok: false,
      reason: "cannotChange",
      refusal: { reason: "started" },
    });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 1 });
  });

  it("answers a full slot with 'slotFull' and leaves the old seat where it was", async () => {
    const w = await bookedWorld();
    const someone = await citizen(t.db);
    await bookAppointments(t.db, someone.context, { sessionId: w.other.session.id, slotId: w.other.slots[1]!.id, beneficiaryIds: someone.ids, bookingKey: newKey() }, options);
    expect(await rescheduleAppointment(t.db, w.who.context, { appointmentId: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[1]!.id }, options)).toEqual({
      ok: false,
      reason: "slotFull",
      sessionId: w.other.session.id,
      seats: { dose1: 1, dose2: 0, precaution: 0 },
    });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 1 });
    expect((await slotRow(t.db, w.slots[0]!.id)).booked).toBe(1);
    expect(await getAppointment(t.db, w.who.context.accountId, w.appointment.id)).toMatchObject({ sessionId: w.session.id, rescheduleCount: 0 });
    await clean(w.session.id, w.other.session.id);
  });

  it("checks eligibility at the new session: a dose-2 appointment cannot move before its interval opens", async () => {
    const world = await bookingWorld(t.db, { session: { date: "2026-12-10" } });
    const early = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-25" });
    const who = await citizen(t.db);
    await recordDose(t.db, who.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-11-01T05:00:00Z"));
    const booked = await bookAppointments(t.db, who.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() }, options);
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    expect(await rescheduleAppointment(t.db, who.context, { appointmentId: booked.appointments[0]!.id, sessionId: early.session.id, slotId: early.slots[0]!.id }, options)).toEqual({
      ok: false,
      reason: "ineligible",
      refusal: { reason: "tooEarly", doseNumber: 2, vaccineName: "Testvax", from: "2026-11-29" },
    });
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose2: 1 });
  });

  it("treats another account's appointment like a missing one", async () => {
    const w = await bookedWorld();
    const stranger = await citizen(t.db);
    const target = { sessionId: w.other.session.id, slotId: w.other.slots[0]!.id };
    const notFound = { ok: false, reason: "notFound", what: "appointment" };
    expect(await rescheduleAppointment(t.db, stranger.context, { appointmentId: w.appointment.id, ...target }, options)).toEqual(notFound);
    expect(await rescheduleAppointment(t.db, stranger.context, { appointmentId: randomUUID(), ...target }, options)).toEqual(notFound);
    expect(await rescheduleAppointment(t.db, stranger.context, { appointmentId: "42", ...target }, options)).toEqual(notFound);
    expect(await cancelAppointment(t.db, stranger.context, { appointmentId: w.appointment.id }, options)).toEqual(notFound);
    expect(await cancelAppointment(t.db, stranger.context, { appointmentId: randomUUID() }, options)).toEqual(notFound);
    expect(await getAppointment(t.db, w.who.context.accountId, w.appointment.id)).toMatchObject({ status: "booked", sessionId: w.session.id });
    expect(await auditOf("appointment.cancelled", w.appointment.id)).toEqual([]);
  });
});

describe("cancelling", () => {
  it("frees the seats, audits, and answers a retry without freeing them twice", async () => {
    const w = await bookedWorld();
    const neighbour = await citizen(t.db);
    await bookAppointments(t.db, neighbour.context, { sessionId: w.session.id, slotId: w.slots[0]!.id, beneficiaryIds: neighbour.ids, bookingKey: newKey() }, options);
    expect(await cancelAppointment(t.db, w.who.context, { appointmentId: w.appointment.id }, options)).toMatchObject({ ok: true, alreadyCancelled: false, appointment: { status: "cancelled" } });
    expect(await cancelAppointment(t.db, w.who.context, { appointmentId: w.appointment.id }, options)).toMatchObject({ ok: true, alreadyCancelled: true });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 1 });
    expect((await slotRow(t.db, w.slots[0]!.id)).booked).toBe(1);
    expect(await auditOf("appointment.cancelled", w.appointment.id)).toHaveLength(1);
    expect((await getAppointment(t.db, w.who.context.accountId, w.appointment.id))?.cancelledAt).toEqual(options.now);
    await clean(w.session.id);
  });

  it("lets the person book that dose again, and refuses to move a cancelled appointment", async () => {
    const w = await bookedWorld();
    await cancelAppointment(t.db, w.who.context, { appointmentId: w.appointment.id }, options);
    expect(await rescheduleAppointment(t.db, w.who.context, { appointmentId: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[0]!.id }, options)).toEqual({
      ok: false,
      reason: "cannotChange",
      refusal: { reason: "notActive", status: "cancelled" },
    });
    const again = await bookAppointments(t.db, w.who.context, { sessionId: w.other.session.id, slotId: w.other.slots[0]!.id, beneficiaryIds: w.who.ids, bookingKey: newKey() }, options);
    expect(again).toMatchObject({ ok: true, appointments: [{ doseNumber: 1 }] });
    await clean(w.session.id, w.other.session.id);
  });

  it("is refused once the slot has started", async () => {
    const w = await bookedWorld();
    expect(await cancelAppointment(t.db, w.who.context, { appointmentId: w.appointment.id }, { ...options, now: new Date("2026-12-01T03:30:00Z") })).toEqual({
      ok: false,
      reason: "cannotChange",
      refusal: { reason: "started" },
    });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 1 });
  });

  it("gives a missed appointment's seat back when its person is removed from the account", async () => {
    const w = await bookedWorld();
    await t.db.update(s.appointments).set({ status: "no_show" }).where(eq(s.appointments.id, w.appointment.id));
    await clean(w.session.id);
    expect(await removeBeneficiary(t.db, w.who.context, w.who.ids[0]!)).toEqual({ ok: true });
    expect(await sessionRow(t.db, w.session.id)).toMatchObject({ bookedDose1: 0 });
    expect((await slotRow(t.db, w.slots[0]!.id)).booked).toBe(0);
    await clean(w.session.id);
  });
});
