import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { bookAppointments } from "@/lib/appointments/commands";
import { addSession, bookingWorld, citizen, newKey, policy } from "@/lib/appointments/test-world";
import { getTodaySession, isInTodayScope, listTodaySessions, readSessionQueue } from "./queue";
import { parseQueueSearch } from "./queue-search";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const today = "2026-12-01";
/** 07:30 in India on the session's day: every slot is still ahead, so the booking command accepts them. */
const options = { policy, now: new Date("2026-12-01T02:00:00Z") };

/** A facility with today's session (two slots), tomorrow's, another session today, and a second facility's session today. */
async function queueWorld() {
  const world = await bookingWorld(t.db, { session: { date: today }, slots: [{ capacity: 10 }, { capacity: 10 }] });
  const tomorrow = await addSession(t.db, world.facility, world.vaccine, { date: "2026-12-02" });
  const otherToday = await addSession(t.db, world.facility, world.vaccine, { date: today, minAge: 45 });
  const elsewhere = await createFacility(t.db, world.geo);
  const theirs = await addSession(t.db, elsewhere, world.vaccine, { date: today });
  return { ...world, tomorrow, otherToday, elsewhere, theirs, scope: { facilityId: world.facility.id, today } };
}

type World = Awaited<ReturnType<typeof queueWorld>>;

/** Books one person of a fresh account into a slot; their appointment row comes back with the account's mobile. */
async function book(world: World, sessionId: string, slotId: string, person: Partial<s.NewBeneficiary> = {}) {
  const family = await citizen(t.db, [person]);
  const result = await bookAppointments(t.db, family.context, { sessionId, slotId, beneficiaryIds: family.ids, bookingKey: newKey() }, options);
  if (!result.ok) throw new Error(`booking refused: ${result.reason}`);
  const [row] = await t.db
    .select({ appointment: s.appointments, referenceId: s.beneficiaries.referenceId, mobile: s.accounts.mobile })
    .from(s.appointments)
    .innerJoin(s.beneficiaries, eq(s.beneficiaries.id, s.appointments.beneficiaryId))
    .innerJoin(s.accounts, eq(s.accounts.id, s.beneficiaries.accountId))
    .where(eq(s.appointments.id, result.appointments[0]!.id));
  return row!;
}

async function setStatus(ids: string[], status: "completed" | "no_show" | "cancelled") {
  await t.db.update(s.appointments).set({ status }).where(inArray(s.appointments.id, ids));
}

describe("today's sessions", () => {
  it("lists only this facility's sessions of today, each with its counts", async () => {
    const world = await queueWorld();
    const [slot1, slot2] = world.slots;
    const people = await Promise.all([1, 2, 3, 4, 5].map((i) => book(world, world.session.id, (i % 2 ? slot1 : slot2)!.id, { name: `Person ${i}` })));
    await book(world, world.theirs.session.id, world.theirs.slots[0]!.id);
    await setStatus([people[0]!.appointment.id, people[1]!.appointment.id], "completed");
    await setStatus([people[2]!.appointment.id], "no_show");
    await setStatus([people[3]!.appointment.id], "cancelled");

    const sessions = await listTodaySessions(t.db, world.scope);
    expect(sessions.map((x) => x.id).sort()).toEqual([world.session.id, world.otherToday.session.id].sort());
    const mine = sessions.find((x) => x.id === world.session.id)!;
    // Cancelled gave its seat back: 4 booked = 2 vaccinated + 1 pending + 1 no-show.
    expect(mine.counts).toEqual({ booked: 4, vaccinated: 2, pending: 1, noShow: 1 });
    expect(mine.lastSlotEnd).toBe("13:00:00");
    expect(sessions.find((x) => x.id === world.otherToday.session.id)!.counts).toEqual({ booked: 0, vaccinated: 0, pending: 0, noShow: 0 });
  });

  it("finds nothing of another facility, another day, or a malformed id", async () => {
    const world = await queueWorld();
    expect(await getTodaySession(t.db, world.scope, world.session.id)).not.toBeNull();
    expect(await getTodaySession(t.db, world.scope, world.theirs.session.id)).toBeNull();
    expect(await getTodaySession(t.db, world.scope, world.tomorrow.session.id)).toBeNull();
    expect(await getTodaySession(t.db, { ...world.scope, today: "2026-12-02" }, world.session.id)).toBeNull();
    expect(await getTodaySession(t.db, world.scope, "not-a-uuid")).toBeNull();
    expect(await readSessionQueue(t.db, world.scope, world.theirs.session.id, null)).toBeNull();
  });
});

describe("a session's queue", () => {
  it("lists only this session's appointments, in slot order, with the dose of a vaccinated one", async () => {
    const world = await queueWorld();
    const late = await book(world, world.session.id, world.slots[1]!.id, { name: "Late Slot" });
    const early = await book(world, world.session.id, world.slots[0]!.id, { name: "Early Slot" });
    await book(world, world.otherToday.session.id, world.otherToday.slots[0]!.id, { name: "Other Session", birthYear: 1960 });
    await book(world, world.theirs.session.id, world.theirs.slots[0]!.id, { name: "Other Facility" });
    await setStatus([early.appointment.id], "completed");
    const [dose] = await t.db
      .insert(s.doses)
      .values({ beneficiaryId: early.appointment.beneficiaryId, doseNumber: 1, vaccineCode: world.vaccine.code, lot: "LOT1", facilityId: world.facility.id, appointmentId: early.appointment.id, administeredAt: options.now })
      .returning();

    const queue = await readSessionQueue(t.db, world.scope, world.session.id, null);
    expect(queue!.rows.map((r) => r.name)).toEqual(["Early Slot", "Late Slot"]);
    expect(queue!.rows[0]).toMatchObject({ status: "completed", doseId: dose!.id, slotStartsAt: "09:00:00", slotEndsAt: "11:00:00", doseNumber: 1 });
    expect(queue!.rows[1]).toMatchObject({ status: "booked", doseId: null, birthYear: 1980 });
    expect(queue!.session.counts).toEqual({ booked: 2, vaccinated: 1, pending: 1, noShow: 0 });
    expect(late.appointment.sessionId).toBe(world.session.id);
  });

  it("finds a person by reference id, appointment number, mobile's last digits, name or security code, and no one else", async () => {
    const world = await queueWorld();
    const asha = await book(world, world.session.id, world.slots[0]!.id, { name: "Asha Verma" });
    const ravi = await book(world, world.session.id, world.slots[0]!.id, { name: "Ravi Kumar" });
    // Someone of another facility with the same name and code never shows here.
    const stranger = await book(world, world.theirs.session.id, world.theirs.slots[0]!.id, { name: "Asha Verma" });
    await t.db.update(s.appointments).set({ securityCode: asha.appointment.securityCode }).where(eq(s.appointments.id, stranger.appointment.id));
    const found = async (query: string) =>
      (await readSessionQueue(t.db, world.scope, world.session.id, parseQueueSearch(query)))!.rows.map((r) => r.appointmentId);

    const number = asha.appointment.confirmationNumber;
    expect(await found(asha.referenceId)).toEqual([asha.appointment.id]);
    expect(await found(`${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`)).toEqual([asha.appointment.id]);
    expect(await found(asha.mobile.slice(-6))).toEqual([asha.appointment.id]);
    expect(await found("asha ver")).toEqual([asha.appointment.id]);
    expect(await found("KUMAR")).toEqual([ravi.appointment.id]);
    const byCode = await found(asha.appointment.securityCode);
    expect(byCode).toContain(asha.appointment.id);
    expect(byCode).not.toContain(stranger.appointment.id);
    // Ravi's code may by chance be Asha's; his mobile's last digits only match him.
    expect(await found(ravi.mobile.slice(-8))).toEqual([ravi.appointment.id]);
    expect(await found("nobody")).toEqual([]);
    expect(await found("12")).toEqual([]);
  });
});

describe("isInTodayScope", () => {
  it("accepts this facility's session today and its own appointments only", async () => {
    const world = await queueWorld();
    const mine = await book(world, world.session.id, world.slots[0]!.id);
    const other = await book(world, world.otherToday.session.id, world.otherToday.slots[0]!.id, { birthYear: 1960 });
    const theirs = await book(world, world.theirs.session.id, world.theirs.slots[0]!.id);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: world.session.id })).toBe(true);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: world.session.id, appointmentId: mine.appointment.id })).toBe(true);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: world.session.id, appointmentId: other.appointment.id })).toBe(false);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: world.theirs.session.id, appointmentId: theirs.appointment.id })).toBe(false);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: world.tomorrow.session.id })).toBe(false);
    expect(await isInTodayScope(t.db, world.scope, { sessionId: "nope" })).toBe(false);
  });
});
