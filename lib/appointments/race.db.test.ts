import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { cancelAppointment } from "./cancel";
import { bookAppointments } from "./commands";
import { countViolations } from "./invariants";
import { rescheduleAppointment } from "./reschedule";
import { addSession, bookingWorld, manyCitizens, newKey, options, sessionRow } from "./test-world";
import type { BookedAppointment, BookResult } from "./types";

// The rush: many transactions on the same rows at once. On PostgreSQL they really interleave (pool of 20);
// PGlite runs one transaction at a time, so there the same tests check the bookkeeping, not the locking.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const RACERS = 200;
const SEATS = 10;
// PGlite queues the 200 transactions one by one (a few seconds on an idle machine); the budget is for a busy one.
const BUDGET = { timeout: 120_000 };

describe("the rush", () => {
  it(`${RACERS} people from ${RACERS} accounts race for the last ${SEATS} seats: exactly ${SEATS} appointments, counters of ${SEATS}`, BUDGET, async () => {
    // Three slots of 5 (15 places) under a session of 10 dose-1 seats: both limits are in play.
    const world = await bookingWorld(t.db, { session: { capacityDose1: SEATS }, slots: [{ capacity: 5 }, { capacity: 5 }, { capacity: 5 }] });
    const racers = await manyCitizens(t.db, RACERS);
    const results = await Promise.all(
      racers.map((racer, i) =>
        bookAppointments(t.db, racer.context, { sessionId: world.session.id, slotId: world.slots[i % 3]!.id, beneficiaryIds: racer.ids, bookingKey: newKey() }, options),
      ),
    );

    const winners = results.filter((r): r is Extract<BookResult, { ok: true }> => r.ok);
    expect(winners).toHaveLength(SEATS);
    // Every loser gets a clear "no seat" answer, never an error.
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && (r.reason === "full" || r.reason === "slotFull"))).toBe(true);
    const rows = await t.db.select().from(s.appointments).where(eq(s.appointments.sessionId, world.session.id));
    expect(rows).toHaveLength(SEATS);
    expect(await sessionRow(t.db, world.session.id)).toMatchObject({ bookedDose1: SEATS });
    const slotTotals = await t.db.select({ booked: s.slots.booked }).from(s.slots).where(eq(s.slots.sessionId, world.session.id));
    expect(slotTotals.reduce((sum, slot) => sum + slot.booked, 0)).toBe(SEATS);
    expect(slotTotals.every((slot) => slot.booked <= 5)).toBe(true);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual({ counterMismatch: 0, overCapacity: 0, duplicateActive: 0, slotOutsideSession: 0, total: 0 });
  });

  it("racing reschedules A→B and B→A with cancels and new bookings mixed in: no deadlock, every counter equals its appointments", BUDGET, async () => {
    const world = await bookingWorld(t.db, { session: { capacityDose1: 30 }, slots: [{ capacity: 15 }, { capacity: 15 }] });
    const a = { session: world.session, slots: world.slots };
    const b = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-02", capacityDose1: 30 }, [{ capacity: 15 }, { capacity: 15 }]);
    const people = await manyCitizens(t.db, 90);
    const bookInto = (i: number, target: typeof a) =>
      bookAppointments(t.db, people[i]!.context, { sessionId: target.session.id, slotId: target.slots[i % 2]!.id, beneficiaryIds: people[i]!.ids, bookingKey: newKey() }, options);

    // 25 booked in each session first; 40 more people arrive during the storm.
    const inA: BookedAppointment[] = [];
    const inB: BookedAppointment[] = [];
    for (let i = 0; i < 50; i++) {
      const result = await bookInto(i, i < 25 ? a : b);
      if (!result.ok) throw new Error(JSON.stringify(result));
      (i < 25 ? inA : inB).push(result.appointments[0]!);
    }

    const move = (appointment: BookedAppointment, index: number, to: typeof a) =>
      rescheduleAppointment(t.db, people[index]!.context, { appointmentId: appointment.id, sessionId: to.session.id, slotId: to.slots[(index + 1) % 2]!.id }, options);
    const storm = [
      ...inA.map((appointment, i) => (i % 5 === 4 ? cancelAppointment(t.db, people[i]!.context, { appointmentId: appointment.id }, options) : move(appointment, i, b))),
      ...inB.map((appointment, i) => (i % 5 === 4 ? cancelAppointment(t.db, people[25 + i]!.context, { appointmentId: appointment.id }, options) : move(appointment, 25 + i, a))),
      ...Array.from({ length: 40 }, (_, k) => bookInto(50 + k, k % 2 === 0 ? a : b)),
    ];
    const outcomes = await Promise.allSettled(storm);

    // No deadlock or serialization error escaped, and every answer is one the UI knows.
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    const answers = outcomes.map((o) => (o as PromiseFulfilledResult<{ ok: boolean; reason?: string }>).value);
    expect(answers.every((r) => r.ok || ["full", "slotFull"].includes(r.reason!))).toBe(true);
    // 40 moves, 10 cancels, 40 bookings; cancels always succeed, and some of each kind of take got through.
    const succeeded = (from: number, to: number) => answers.slice(from, to).filter((r) => r.ok).length;
    const isCancel = (i: number) => i % 5 === 4;
    expect(answers.filter((_, i) => i < 50 && isCancel(i % 25)).every((r) => r.ok)).toBe(true);
    expect(succeeded(0, 50) - 10).toBeGreaterThan(0);
    expect(succeeded(50, 90)).toBeGreaterThan(0);

    const sessionIds = [a.session.id, b.session.id];
    expect(await countViolations(t.db, { sessionIds })).toMatchObject({ total: 0 });
    const live = await t.db.select().from(s.appointments).where(inArray(s.appointments.sessionId, sessionIds));
    for (const id of sessionIds) {
      const counted = live.filter((row) => row.sessionId === id && row.status !== "cancelled").length;
      expect((await sessionRow(t.db, id)).bookedDose1).toBe(counted);
    }
    expect(live.filter((row) => row.status === "cancelled")).toHaveLength(10);
    expect(live.filter((row) => row.rescheduleCount > 0).length).toBe(succeeded(0, 50) - 10);
  });
});
