import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { applySeatChanges } from "@/lib/appointments/seats";
import { calendarSessionFields } from "./cowin-shape";
import { weeksByDistrict } from "./queries";

// Each session's stored calendar entry (migration 0008's trigger) must be byte for byte what the API's own
// shaping gives for the session as read, through every kind of write: the JavaScript is the reference.

const WEEK = ["2026-12-01", "2026-12-07"] as const;
let t: TestDatabase;
let geo: Awaited<ReturnType<typeof createGeography>>;
let facility: s.Facility;
let vaccine: s.Vaccine;
let first: s.Session;

async function expectStoredAsShaped() {
  const weeks = await weeksByDistrict(t.db, geo.district.id, ...WEEK);
  const stored = new Map((await t.db.select({ id: s.sessions.id, json: s.sessions.calendarJson }).from(s.sessions)).map((r) => [r.id, r.json]));
  const sessions = weeks.flatMap((w) => w.sessions);
  expect(sessions.length).toBeGreaterThan(3);
  for (const session of sessions) expect(stored.get(session.id)).toBe(JSON.stringify(calendarSessionFields(session)));
}

beforeAll(async () => {
  t = await createTestDatabase();
  geo = await createGeography(t.db);
  facility = await createFacility(t.db, geo);
  vaccine = await createVaccine(t.db);
  const quoted = await createVaccine(t.db, { code: 'X"Y\\Z\tटीका' });
  first = await createSession(t.db, facility, vaccine, { date: "2026-12-01", capacityDose1: 10, bookedDose1: 4, capacityDose2: 5, bookedDose2: 5, capacityPrecaution: 0 });
  await createSession(t.db, facility, vaccine, { date: "2026-12-01", minAge: 45, maxAge: 59 });
  await createSession(t.db, facility, vaccine, { date: "2026-12-02", minAge: 45 });
  await createSession(t.db, facility, vaccine, { date: "2026-12-03", minAge: 12 });
  await createSession(t.db, facility, quoted, { date: "2026-12-04", minAge: 18, maxAge: 18 });
  await t.db.insert(s.slots).values([
    { sessionId: first.id, startsAt: "12:00:00", endsAt: "13:30:00", capacity: 3, booked: 3 },
    { sessionId: first.id, startsAt: "00:00:00", endsAt: "00:30:00", capacity: 4, booked: 1 },
    { sessionId: first.id, startsAt: "13:05:00", endsAt: "23:59:59", capacity: 0, booked: 0 },
  ]);
}, 60_000);

afterAll(async () => t?.destroy());

describe("a session's stored calendar entry", () => {
  it("is what the API's shaping gives: ages, capacities left, 12-hour slot times, escaping", async () => {
    await expectStoredAsShaped();
    const [row] = await t.db.select({ json: s.sessions.calendarJson }).from(s.sessions).where(eq(s.sessions.id, first.id));
    expect(JSON.parse(row!.json)).toMatchObject({
      date: "01-12-2026",
      available_capacity: 6,
      slots: [{ time: "12:00AM-12:30AM", seats: 3 }, { time: "12:00PM-01:30PM", seats: 0 }, { time: "01:05PM-11:59PM", seats: 0 }],
    });
  });

  it("follows bookings, slot edits and deletes, and session edits", async () => {
    const [slot] = await t.db.select({ id: s.slots.id }).from(s.slots).where(and(eq(s.slots.sessionId, first.id), eq(s.slots.startsAt, "00:00:00")));
    await t.db.transaction((tx) =>
      applySeatChanges(tx, { sessions: new Map([[first.id, { dose1: 1, dose2: 0, precaution: 0 }]]), slots: new Map([[slot!.id, { sessionId: first.id, delta: 1 }]]) }),
    );
    await expectStoredAsShaped();
    await t.db.update(s.slots).set({ capacity: sql`${s.slots.capacity} + 5` }).where(eq(s.slots.sessionId, first.id));
    await t.db.delete(s.slots).where(and(eq(s.slots.sessionId, first.id), eq(s.slots.startsAt, "12:00:00")));
    await expectStoredAsShaped();
    await t.db.update(s.sessions).set({ maxAge: 44, capacityDose2: 9, date: "2026-12-05" }).where(eq(s.sessions.id, first.id));
    await expectStoredAsShaped();
    await t.db.delete(s.slots).where(eq(s.slots.sessionId, first.id));
    await expectStoredAsShaped();
    const [row] = await t.db.select({ json: s.sessions.calendarJson }).from(s.sessions).where(eq(s.sessions.id, first.id));
    expect(JSON.parse(row!.json)).toMatchObject({ date: "05-12-2026", max_age_limit: 44, allow_all_age: false, available_capacity_dose1: 5, slots: [] });
  });
});
