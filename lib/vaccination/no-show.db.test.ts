import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility, createSession } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { countViolations } from "@/lib/appointments/invariants";
import { markDose } from "./mark";
import { markNoShow, markRemainingNoShows } from "./no-show";
import { addVaccinator, appointmentRow, at, auditOf, bookedPerson, citizen, deskWorld, insertAppointments, newKey, options } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

// Today is 20 November 2026 in India; the worlds' slots run 09:00–11:00 and 11:00–13:00 there.
const atTen = at("2026-11-20T04:30:00Z");
const atEleven = at("2026-11-20T05:30:00Z");
const atOne = at("2026-11-20T07:30:00Z");

const countersOf = async (sessionId: string) => {
  const [row] = await t.db.select().from(s.sessions).where(eq(s.sessions.id, sessionId));
  const slots = await t.db.select({ booked: s.slots.booked }).from(s.slots).where(eq(s.slots.sessionId, sessionId));
  return { dose1: row!.bookedDose1, slots: slots.map((slot) => slot.booked).sort() };
};

describe("one no-show", () => {
  it("is refused before the slot ends and allowed after; the seat stays counted and a repeat is harmless", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world);
    const before = await countersOf(world.session.id);

    expect(await markNoShow(t.db, world.scope, { appointmentId: appointment.id }, atTen)).toEqual({ ok: false, reason: "notEnded", endsAt: "11:00:00" });
    expect((await appointmentRow(t.db, appointment.id)).status).toBe("booked");

    expect(await markNoShow(t.db, world.scope, { appointmentId: appointment.id }, atEleven)).toEqual({ ok: true, alreadyNoShow: false });
    expect((await appointmentRow(t.db, appointment.id)).status).toBe("no_show");
    expect(await markNoShow(t.db, world.scope, { appointmentId: appointment.id }, atEleven)).toEqual({ ok: true, alreadyNoShow: true });

    expect(await countersOf(world.session.id)).toEqual(before);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
    expect(await auditOf(t.db, "appointment.no_show", [appointment.id])).toEqual([
      expect.objectContaining({ actorType: "staff", actorId: world.scope.staffId, summary: { sessionId: world.session.id } }),
    ]);
  });

  it("refuses a vaccinated person, and answers 'notFound' to another facility and on another day", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    expect(await markNoShow(t.db, elsewhere, { appointmentId: appointment.id }, atEleven)).toEqual({ ok: false, reason: "notFound" });
    expect(await markNoShow(t.db, world.scope, { appointmentId: appointment.id }, at("2026-11-21T05:30:00Z"))).toEqual({ ok: false, reason: "notFound" });

    await markDose(t.db, world.scope, { appointmentId: appointment.id, securityCode: appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    expect(await markNoShow(t.db, world.scope, { appointmentId: appointment.id }, atEleven)).toEqual({ ok: false, reason: "notBooked", status: "completed" });
  });

  it("waits for the session's last slot for an appointment without one (a walk-in), and not at all in a session without slots", async () => {
    const world = await deskWorld(t.db);
    const who = await citizen(t.db);
    const [walkIn] = await insertAppointments(t.db, world.session, who.ids);
    expect(await markNoShow(t.db, world.scope, { appointmentId: walkIn!.id }, atEleven)).toEqual({ ok: false, reason: "notEnded", endsAt: "13:00:00" });
    expect(await markNoShow(t.db, world.scope, { appointmentId: walkIn!.id }, atOne)).toMatchObject({ ok: true });

    const slotless = await createSession(t.db, world.facility, world.vaccine, { date: "2026-11-20", minAge: 45 });
    const elder = await citizen(t.db, [{ birthYear: 1960 }]);
    const [open] = await insertAppointments(t.db, slotless, elder.ids);
    expect(await markNoShow(t.db, world.scope, { appointmentId: open!.id }, atTen)).toMatchObject({ ok: true });
  });
});

describe("the rest of the session", () => {
  it("is refused until the last slot ends, then marks only those still booked, keeping every seat counted", async () => {
    const world = await deskWorld(t.db);
    const people = await Promise.all([bookedPerson(t.db, world), bookedPerson(t.db, world), bookedPerson(t.db, world), bookedPerson(t.db, world)]);
    const [vaccinated, cancelled] = people;
    await markDose(t.db, world.scope, { appointmentId: vaccinated!.appointment.id, securityCode: vaccinated!.appointment.securityCode, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    await t.db.update(s.appointments).set({ status: "cancelled" }).where(eq(s.appointments.id, cancelled!.appointment.id));
    await t.db.update(s.sessions).set({ bookedDose1: 3 }).where(eq(s.sessions.id, world.session.id));
    await t.db.update(s.slots).set({ booked: 3 }).where(eq(s.slots.id, world.slots[0]!.id));
    const before = await countersOf(world.session.id);

    expect(await markRemainingNoShows(t.db, world.scope, { sessionId: world.session.id }, atEleven)).toEqual({ ok: false, reason: "notEnded", endsAt: "13:00:00" });
    expect(await markRemainingNoShows(t.db, world.scope, { sessionId: world.session.id }, atOne)).toEqual({ ok: true, count: 2 });
    const statuses = await Promise.all(people.map(async (p) => (await appointmentRow(t.db, p.appointment.id)).status));
    expect(statuses).toEqual(["completed", "cancelled", "no_show", "no_show"]);
    expect(await markRemainingNoShows(t.db, world.scope, { sessionId: world.session.id }, atOne)).toEqual({ ok: true, count: 0 });

    expect(await countersOf(world.session.id)).toEqual(before);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
    expect(await auditOf(t.db, "appointment.no_show", [people[2]!.appointment.id, people[3]!.appointment.id])).toHaveLength(2);
  });

  it("answers 'notFound' to another facility, on another day and for a malformed id", async () => {
    const world = await deskWorld(t.db);
    const { appointment } = await bookedPerson(t.db, world);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    const notFound = { ok: false, reason: "notFound" };
    expect(await markRemainingNoShows(t.db, elsewhere, { sessionId: world.session.id }, atOne)).toEqual(notFound);
    expect(await markRemainingNoShows(t.db, world.scope, { sessionId: world.session.id }, at("2026-11-21T07:30:00Z"))).toEqual(notFound);
    expect(await markRemainingNoShows(t.db, world.scope, { sessionId: "not-a-uuid" }, atOne)).toEqual(notFound);
    expect((await appointmentRow(t.db, appointment.id)).status).toBe("booked");
  });
});
