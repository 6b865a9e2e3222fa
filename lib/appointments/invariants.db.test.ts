import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { bookAppointments } from "./commands";
import { generateConfirmationNumber } from "./confirmation";
import { countViolations } from "./invariants";
import { addSession, bookingWorld, citizen, newKey, options } from "./test-world";

// This file's database has constraints dropped on purpose, to prove the checker sees what they prevent.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const bump = (table: "sessions" | "slots", column: string, id: string, by = 1) =>
  t.db.execute(sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${sql.identifier(column)} + ${by} where id = ${id}`);

async function bookedSession() {
  const world = await bookingWorld(t.db, { slots: [{ capacity: 5 }, { capacity: 5 }] });
  const who = await citizen(t.db, [{}, {}]);
  const result = await bookAppointments(t.db, who.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() }, options);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...world, who, appointments: result.appointments };
}

const none = { counterMismatch: 0, overCapacity: 0, duplicateActive: 0, slotOutsideSession: 0, total: 0 };

describe("countViolations", () => {
  it("finds nothing after honest bookings, and nothing for an empty scope", async () => {
    const world = await bookedSession();
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual(none);
    expect(await countViolations(t.db, { sessionIds: [] })).toEqual(none);
  });

  it("counts a session counter and a slot counter that disagree with the appointments", async () => {
    const world = await bookedSession();
    await bump("sessions", "booked_dose2", world.session.id);
    await bump("slots", "booked", world.slots[1]!.id);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual({ ...none, counterMismatch: 2, total: 2 });
  });

  it("counts a cancelled appointment still holding its seat", async () => {
    const world = await bookedSession();
    await t.db.update(s.appointments).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(s.appointments.id, world.appointments[0]!.id));
    // The session's dose-1 counter and the slot's counter are both one too high now.
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual({ ...none, counterMismatch: 2, total: 2 });
  });

  it("counts counters over capacity, which the CHECK constraints normally refuse", async () => {
    const world = await bookedSession();
    await t.db.execute(sql`alter table sessions drop constraint sessions_booked_precaution`);
    await t.db.update(s.sessions).set({ capacityPrecaution: 0 }).where(eq(s.sessions.id, world.session.id));
    await bump("sessions", "booked_precaution", world.session.id);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual({ ...none, counterMismatch: 1, overCapacity: 1, total: 2 });
  });

  it("counts two active appointments for one dose, which the partial unique index normally refuses", async () => {
    const world = await bookedSession();
    await t.db.execute(sql`drop index appointments_one_active_per_dose`);
    const [first] = await t.db.select().from(s.appointments).where(eq(s.appointments.id, world.appointments[0]!.id));
    await t.db.insert(s.appointments).values({ ...first!, id: undefined, slotId: world.slots[1]!.id, confirmationNumber: generateConfirmationNumber(), bookingKey: null, status: "completed" });
    await bump("sessions", "booked_dose1", world.session.id);
    await bump("slots", "booked", world.slots[1]!.id);
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toEqual({ ...none, duplicateActive: 1, total: 1 });
  });

  it("counts an appointment whose slot belongs to another session, and keeps to its scope", async () => {
    const world = await bookedSession();
    const other = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-05" });
    await t.db.update(s.appointments).set({ slotId: other.slots[0]!.id }).where(eq(s.appointments.id, world.appointments[0]!.id));
    await bump("slots", "booked", world.slots[0]!.id, -1);
    await bump("slots", "booked", other.slots[0]!.id);
    expect(await countViolations(t.db, { sessionIds: [world.session.id, other.session.id] })).toEqual({ ...none, slotOutsideSession: 1, total: 1 });
    expect(await countViolations(t.db, { sessionIds: [other.session.id] })).toEqual(none);
    expect((await countViolations(t.db)).total).toBeGreaterThanOrEqual(1);
  });
});
