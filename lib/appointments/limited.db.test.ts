import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { bookAppointments } from "./commands";
import { bookWithinLimits, cancelWithinLimits, rescheduleWithinLimits, type LimitedOptions } from "./limited";
import { addSession, bookingWorld, citizen, newKey, options, sessionRow, slotRow } from "./test-world";

// The gate the booking, reschedule and cancel actions go through (lib/appointments/limited.ts): one attempt
// budget per account, counted in the shared store before the command runs.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

// Three attempts per account in a 10-minute window; the address limit is out of the way.
const attempts = { perAccount: { limit: 3, windowSeconds: 600 }, perAddress: { limit: 1000, windowSeconds: 600 } };
const limited = (): LimitedOptions => ({ ...options, attempts, store: postgresStore(t.db) });
// options.now is 04:00 UTC, the start of a 10-minute window: the wait is the whole window.
const rateLimited = { ok: false, reason: "rateLimited", minutes: 10 };

/** A session of two slots and another on 3 December; one account of two people, the first booked (uncounted) into the first slot. */
async function world() {
  const w = await bookingWorld(t.db, { slots: [{ capacity: 5 }, { capacity: 5 }] });
  const other = await addSession(t.db, w.facility, w.vaccine, { date: "2026-12-03" }, [{ capacity: 5 }]);
  const who = await citizen(t.db, [{ name: "First" }, { name: "Second" }]);
  // Each world its own address, so only the account's budget is in play.
  const context = { accountId: who.context.accountId, ip: `10.7.${randomInt(0, 250)}.${randomInt(1, 250)}` };
  const booked = await bookAppointments(t.db, context, { sessionId: w.session.id, slotId: w.slots[0]!.id, beneficiaryIds: [who.ids[0]!], bookingKey: newKey() }, options);
  if (!booked.ok) throw new Error(JSON.stringify(booked));
  return { ...w, other, who, context, appointment: booked.appointments[0]! };
}

/** What a refused change must leave alone: the appointment, both sessions' and slots' counts, the audit log. */
async function snapshot(w: Awaited<ReturnType<typeof world>>) {
  const [appointment] = await t.db.select().from(s.appointments).where(eq(s.appointments.id, w.appointment.id));
  const audit = await t.db.select({ action: s.auditLog.action }).from(s.auditLog).where(eq(s.auditLog.entityId, w.appointment.id));
  const people = await t.db.select({ id: s.appointments.id }).from(s.appointments).where(eq(s.appointments.beneficiaryId, w.who.ids[1]!));
  return {
    appointment,
    audit: audit.map((a) => a.action).sort(),
    sessions: [await sessionRow(t.db, w.session.id), await sessionRow(t.db, w.other.session.id)].map((r) => r.bookedDose1),
    slots: [await slotRow(t.db, w.slots[0]!.id), await slotRow(t.db, w.slots[1]!.id), await slotRow(t.db, w.other.slots[0]!.id)].map((r) => r.booked),
    secondPersonAppointments: people.length,
  };
}

describe("the booking attempt budget", () => {
  it("refuses a reschedule and a cancel once the account's attempts are used, and changes nothing", async () => {
    const w = await world();
    const move = (slot: number) => ({ appointmentId: w.appointment.id, sessionId: w.session.id, slotId: w.slots[slot]!.id });
    expect(await rescheduleWithinLimits(t.db, w.context, move(1), limited())).toMatchObject({ ok: true, changed: true });
    expect(await rescheduleWithinLimits(t.db, w.context, move(0), limited())).toMatchObject({ ok: true, changed: true });
    // A refused change counts too: the other session has no slot of this id.
    expect(await rescheduleWithinLimits(t.db, w.context, { ...move(1), sessionId: w.other.session.id }, limited())).toMatchObject({ ok: false, reason: "notFound" });
    const before = await snapshot(w);
    expect(before.appointment).toMatchObject({ status: "booked", slotId: w.slots[0]!.id, rescheduleCount: 2 });

    expect(await rescheduleWithinLimits(t.db, w.context, { ...move(0), sessionId: w.other.session.id, slotId: w.other.slots[0]!.id }, limited())).toEqual(rateLimited);
    expect(await cancelWithinLimits(t.db, w.context, { appointmentId: w.appointment.id }, limited())).toEqual(rateLimited);
    expect(await snapshot(w)).toEqual(before);

    // The limit is the account's: another account's change goes through.
    const neighbour = await world();
    expect(await cancelWithinLimits(t.db, neighbour.context, { appointmentId: neighbour.appointment.id }, limited())).toMatchObject({ ok: true, appointment: { status: "cancelled" } });
  });

  it("is one budget with booking: bookings use it up for changes, and changes for bookings", async () => {
    // Bookings first: one that books, two that are refused (the first person is booked already).
    const w = await world();
    const second = { sessionId: w.session.id, slotId: w.slots[1]!.id, beneficiaryIds: [w.who.ids[1]!], bookingKey: newKey() };
    const again = { ...second, beneficiaryIds: [w.who.ids[0]!], bookingKey: newKey() };
    expect(await bookWithinLimits(t.db, w.context, second, limited())).toMatchObject({ ok: true });
    expect(await bookWithinLimits(t.db, w.context, again, limited())).toMatchObject({ ok: false, reason: "ineligible" });
    expect(await bookWithinLimits(t.db, w.context, { ...again, bookingKey: newKey() }, limited())).toMatchObject({ ok: false, reason: "ineligible" });
    const before = await snapshot(w);
    expect(await rescheduleWithinLimits(t.db, w.context, { appointmentId: w.appointment.id, sessionId: w.other.session.id, slotId: w.other.slots[0]!.id }, limited())).toEqual(rateLimited);
    expect(await cancelWithinLimits(t.db, w.context, { appointmentId: w.appointment.id }, limited())).toEqual(rateLimited);
    expect(await snapshot(w)).toEqual(before);

    // Changes first: a reschedule and two cancels (the second answers "already cancelled"); then booking is refused.
    const v = await world();
    expect(await rescheduleWithinLimits(t.db, v.context, { appointmentId: v.appointment.id, sessionId: v.session.id, slotId: v.slots[1]!.id }, limited())).toMatchObject({ ok: true });
    expect(await cancelWithinLimits(t.db, v.context, { appointmentId: v.appointment.id }, limited())).toMatchObject({ ok: true, alreadyCancelled: false });
    expect(await cancelWithinLimits(t.db, v.context, { appointmentId: v.appointment.id }, limited())).toMatchObject({ ok: true, alreadyCancelled: true });
    const cancelled = await snapshot(v);
    expect(await bookWithinLimits(t.db, v.context, { sessionId: v.other.session.id, slotId: v.other.slots[0]!.id, beneficiaryIds: v.who.ids, bookingKey: newKey() }, limited())).toEqual(
      rateLimited,
    );
    expect(await snapshot(v)).toEqual(cancelled);
    expect(cancelled.secondPersonAppointments).toBe(0);
  });
});
