import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { alternativesFor } from "./alternatives";
import { bookAppointments, type BookRequest } from "./commands";
import { isValidConfirmationNumber } from "./confirmation";
import { countViolations } from "./invariants";
import { getAppointments, listAppointments } from "./queries";
import { addSession, bookingWorld, citizen, newKey, now, options, recordDose, sessionRow, slotRow } from "./test-world";
import type { BookResult, CitizenContext } from "./types";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const book = (context: CitizenContext, request: Omit<BookRequest, "bookingKey"> & { bookingKey?: string }, opts = options) =>
  bookAppointments(t.db, context, { bookingKey: newKey(), ...request }, opts);

function booked(result: BookResult) {
  if (!result.ok) throw new Error(`expected a booking, got ${JSON.stringify(result)}`);
  return result.appointments;
}

async function appointmentsOf(ids: string[]) {
  return t.db.select().from(s.appointments).where(inArray(s.appointments.beneficiaryId, ids));
}

describe("booking", () => {
  it("books two of an account's people into one slot: seats, rows, numbers, audit and the account's list", async () => {
    const world = await bookingWorld(t.db);
    const family = await citizen(t.db, [{ name: "Asha" }, { name: "Ravi" }]);
    const result = await book(family.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids });

    const appointments = booked(result);
    expect(result).toMatchObject({ ok: true, replayed: false, districtIds: [world.session.districtId] });
    expect(appointments.map((a) => a.beneficiaryId).sort()).toEqual([...family.ids].sort());
    for (const a of appointments) {
      expect(a).toMatchObject({ status: "booked", doseNumber: 1, sessionId: world.session.id, slotId: world.slots[0]!.id, rescheduleCount: 0 });
      expect(isValidConfirmationNumber(a.confirmationNumber)).toBe(true);
      expect(a.securityCode).toMatch(/^[0-9]{4}$/);
    }
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 2, bookedDose2: 0, bookedPrecaution: 0 });
    expect((await slotRow(t.db, world.slots[0]!.id)).booked).toBe(2);

    const audit = await t.db.select().from(s.auditLog).where(and(eq(s.auditLog.action, "appointment.booked"), inArray(s.auditLog.entityId, appointments.map((a) => a.id))));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorType: "citizen", actorId: family.context.accountId, ip: "10.1.2.3", entityType: "appointment" });

    const list = await listAppointments(t.db, family.context.accountId);
    expect(list.map((a) => a.beneficiaryName).sort()).toEqual(["Asha", "Ravi"]);
    expect(list[0]).toMatchObject({ date: world.session.date, startsAt: "09:00:00", endsAt: "11:00:00", vaccineName: "Testvax", status: "booked" });
    expect(list[0]!.centre).toMatchObject({ id: world.facility.id, name: world.facility.name, address: "1 Main Road", districtName: world.geo.district.name });
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
  });

  it("takes each person's seat from their own dose's counter", async () => {
    const world = await bookingWorld(t.db);
    const family = await citizen(t.db, [{}, {}]);
    await recordDose(t.db, family.ids[1]!, world.vaccine, world.facility, 1, new Date("2026-10-20T05:00:00Z"));
    const appointments = booked(await book(family.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids }));

    expect(appointments.find((a) => a.beneficiaryId === family.ids[1])!.doseNumber).toBe(2);
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 1, bookedDose2: 1, bookedPrecaution: 0 });
    const stored = await appointmentsOf(family.ids);
    expect(stored.map((a) => [a.doseNumber, a.capacityKind]).sort()).toEqual([[1, "dose1"], [2, "dose2"]]);
  });

  it("answers a retry with the same key with the same appointments, sequentially and concurrently, booking once", async () => {
    const world = await bookingWorld(t.db);
    const family = await citizen(t.db, [{}, {}]);
    const request = { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids, bookingKey: newKey() };
    const first = booked(await book(family.context, request));
    const again = await book(family.context, request);
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(booked(again)).toEqual(first);

    const other = await citizen(t.db, [{}]);
    const twinRequest = { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: other.ids, bookingKey: newKey() };
    const twins = await Promise.all(Array.from({ length: 6 }, () => book(other.context, twinRequest)));
    const ids = new Set(twins.flatMap((r) => booked(r).map((a) => a.id)));
    expect(ids.size).toBe(1);
    expect(twins.filter((r) => r.ok && !r.replayed)).toHaveLength(1);

    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 3 });
    expect((await slotRow(t.db, world.slots[0]!.id)).booked).toBe(3);
    expect(await appointmentsOf([...family.ids, ...other.ids])).toHaveLength(3);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
  });

  it("answers a retry after the last seat went to it with the appointment, not 'full'", async () => {
    const world = await bookingWorld(t.db, { session: { capacityDose1: 1 }, slots: [{ capacity: 1 }] });
    const who = await citizen(t.db);
    const request = { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() };
    const results = await Promise.all(Array.from({ length: 4 }, () => book(who.context, request)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.flatMap((r) => booked(r).map((a) => a.id))).size).toBe(1);
  });

  it("treats another account's person like a missing one, and books nobody", async () => {
    const world = await bookingWorld(t.db);
    const me = await citizen(t.db);
    const stranger = await citizen(t.db);
    const target = { sessionId: world.session.id, slotId: world.slots[0]!.id };
    const notFound = { ok: false, reason: "notFound", what: "beneficiary" };
    expect(await book(me.context, { ...target, beneficiaryIds: stranger.ids })).toEqual(notFound);
    expect(await book(me.context, { ...target, beneficiaryIds: [...me.ids, ...stranger.ids] })).toEqual(notFound);
    expect(await book(me.context, { ...target, beneficiaryIds: [randomUUID()] })).toEqual(notFound);
    expect(await book(me.context, { ...target, beneficiaryIds: ["not-a-uuid"] })).toEqual(notFound);
    expect(await appointmentsOf([...me.ids, ...stranger.ids])).toEqual([]);
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 0 });
  });

  it("does not reveal another account's appointments through a reused booking key", async () => {
    const world = await bookingWorld(t.db);
    const owner = await citizen(t.db);
    const snoop = await citizen(t.db);
    const bookingKey = newKey();
    booked(await book(owner.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: owner.ids, bookingKey }));
    const theirs = await book(snoop.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: snoop.ids, bookingKey });
    expect(theirs).toMatchObject({ ok: true, replayed: false });
    expect(booked(theirs)[0]!.beneficiaryId).toBe(snoop.ids[0]);
    expect(await getAppointments(t.db, snoop.context.accountId, (await appointmentsOf(owner.ids)).map((a) => a.id))).toEqual([]);
    expect((await listAppointments(t.db, snoop.context.accountId)).map((a) => a.beneficiaryId)).toEqual(snoop.ids);
  });

  it("refuses a slot of another session, an unknown session and too many people", async () => {
    const world = await bookingWorld(t.db);
    const elsewhere = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-02" });
    const family = await citizen(t.db, [{}, {}, {}, {}, {}]);
    const one = family.ids.slice(0, 1);
    expect(await book(family.context, { sessionId: world.session.id, slotId: elsewhere.slots[0]!.id, beneficiaryIds: one })).toEqual({ ok: false, reason: "notFound", what: "slot" });
    expect(await book(family.context, { sessionId: randomUUID(), slotId: world.slots[0]!.id, beneficiaryIds: one })).toEqual({ ok: false, reason: "notFound", what: "session" });
    expect(await book(family.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids })).toEqual({ ok: false, reason: "tooManyPeople", max: 4 });
    expect(await appointmentsOf(family.ids)).toEqual([]);
  });

  it("gives each ineligible person's reason and takes no seat for anyone", async () => {
    const world = await bookingWorld(t.db);
    const family = await citizen(t.db, [{ birthYear: 1980 }, { birthYear: 2010 }, {}]);
    await recordDose(t.db, family.ids[2]!, world.vaccine, world.facility, 1, new Date("2026-11-10T05:00:00Z"));
    const result = await book(family.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "ineligible") throw new Error("expected ineligible");
    expect(result.people).toEqual(
      expect.arrayContaining([
        { beneficiaryId: family.ids[1], refusal: { reason: "tooYoung", minAge: 18 } },
        { beneficiaryId: family.ids[2], refusal: { reason: "tooEarly", doseNumber: 2, vaccineName: "Testvax", from: "2026-12-08" } },
      ]),
    );
    expect(result.people).toHaveLength(2);
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 0, bookedDose2: 0 });
    expect((await slotRow(t.db, world.slots[0]!.id)).booked).toBe(0);
    expect(await appointmentsOf(family.ids)).toEqual([]);
  });

  it("refuses a second booking of the same dose with a new key", async () => {
    const world = await bookingWorld(t.db);
    const who = await citizen(t.db);
    const target = { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids };
    booked(await book(who.context, target));
    expect(await book(who.context, target)).toEqual({ ok: false, reason: "ineligible", people: [{ beneficiaryId: who.ids[0], refusal: { reason: "alreadyBooked", doseNumber: 1 } }] });
  });

  it("refuses cancelled and past sessions and an ended slot", async () => {
    const world = await bookingWorld(t.db, { session: { status: "cancelled" } });
    const who = await citizen(t.db);
    expect(await book(who.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids })).toEqual({ ok: false, reason: "sessionUnavailable", refusal: { reason: "sessionCancelled" } });

    const past = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-19" });
    expect(await book(who.context, { sessionId: past.session.id, slotId: past.slots[0]!.id, beneficiaryIds: who.ids })).toEqual({ ok: false, reason: "sessionUnavailable", refusal: { reason: "sessionPast" } });

    // 20 November, 09:30 in India: the 07:00–09:00 slot is over, the 09:00–11:00 one still open.
    const today = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-20" }, [{ startsAt: "07:00", endsAt: "09:00", capacity: 5 }, { capacity: 5 }]);
    expect(await book(who.context, { sessionId: today.session.id, slotId: today.slots[0]!.id, beneficiaryIds: who.ids })).toEqual({ ok: false, reason: "slotEnded" });
    booked(await book(who.context, { sessionId: today.session.id, slotId: today.slots[1]!.id, beneficiaryIds: who.ids }));
  });
});

describe("no seat left", () => {
  it("says 'slotFull' when the slot is taken, and offers the session's other slots and nearby sessions", async () => {
    const world = await bookingWorld(t.db, { slots: [{ capacity: 1 }, { capacity: 3 }, { capacity: 1 }] });
    const later = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-03" }, [{ capacity: 2 }]);
    const first = await citizen(t.db);
    booked(await book(first.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: first.ids }));

    const pair = await citizen(t.db, [{}, {}]);
    const result = await book(pair.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: pair.ids });
    expect(result).toEqual({ ok: false, reason: "slotFull", sessionId: world.session.id, seats: { dose1: 2, dose2: 0, precaution: 0 } });
    expect(await appointmentsOf(pair.ids)).toEqual([]);
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: 1 });

    if (result.ok || result.reason !== "slotFull") throw new Error("expected slotFull");
    const alternatives = await alternativesFor(t.db, { sessionId: result.sessionId, seats: result.seats }, options);
    expect(alternatives.slots).toEqual([{ slotId: world.slots[1]!.id, startsAt: "11:00:00", endsAt: "13:00:00", free: 3 }]);
    expect(alternatives.sessions).toEqual([
      expect.objectContaining({ sessionId: later.session.id, date: "2026-12-03", facilityId: world.facility.id, slotId: later.slots[0]!.id, free: 2 }),
    ]);
  });

  it("says 'full' when the session's seats for that dose are gone", async () => {
    const world = await bookingWorld(t.db, { session: { capacityDose1: 1 } });
    const first = await citizen(t.db);
    const second = await citizen(t.db);
    booked(await book(first.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: first.ids }));
    expect(await book(second.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: second.ids })).toEqual({
      ok: false,
      reason: "full",
      sessionId: world.session.id,
      seats: { dose1: 1, dose2: 0, precaution: 0 },
    });
    expect((await alternativesFor(t.db, { sessionId: world.session.id, seats: { dose1: 1, dose2: 0, precaution: 0 } }, options)).slots).toEqual([]);
    expect((await slotRow(t.db, world.slots[0]!.id)).booked).toBe(1);
  });

  it("does not offer slots that are over, sessions of another vaccine, or beyond the week", async () => {
    const world = await bookingWorld(t.db, { session: { date: "2026-11-20" }, slots: [{ startsAt: "07:00", endsAt: "09:00", capacity: 5 }, { capacity: 5 }] });
    const otherVaccine = await createVaccine(t.db);
    await addSession(t.db, world.facility, otherVaccine, { date: "2026-11-21" });
    await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-27" });
    const inWeek = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-26" });
    const alternatives = await alternativesFor(t.db, { sessionId: world.session.id, seats: { dose1: 1, dose2: 0, precaution: 0 } }, { ...options, now });
    expect(alternatives.slots.map((x) => x.slotId)).toEqual([world.slots[1]!.id]);
    expect(alternatives.sessions.map((x) => x.sessionId)).toEqual([inWeek.session.id]);
  });
});
