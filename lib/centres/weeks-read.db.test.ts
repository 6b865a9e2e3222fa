import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, between, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { centreColumns, weeksByCentre, weeksByDistrict, weeksByPostalCode } from "./queries";
import type { CentreWeek } from "./types";

// The availability read was one join with each session's slots aggregated on the spot; it is now two
// statements reading the seat copy the slot triggers keep on each session (migration 0007). The former read,
// kept here as the reference, must give exactly the same weeks, and the copy must follow every slot write.

let t: TestDatabase;
let geo: Awaited<ReturnType<typeof createGeography>>;
let free: s.Facility;
let paid: s.Facility;
let closed: s.Facility;
let vaccine: s.Vaccine;
let first: s.Session;

const formerSessionColumns = {
  sessionId: s.sessions.id,
  date: s.sessions.date,
  vaccineCode: s.sessions.vaccineCode,
  minAge: s.sessions.minAge,
  maxAge: s.sessions.maxAge,
  capacityDose1: s.sessions.capacityDose1,
  capacityDose2: s.sessions.capacityDose2,
  capacityPrecaution: s.sessions.capacityPrecaution,
  bookedDose1: s.sessions.bookedDose1,
  bookedDose2: s.sessions.bookedDose2,
  bookedPrecaution: s.sessions.bookedPrecaution,
  fee: s.sessions.fee,
};

/** The read as it was before migration 0007: one join, slots aggregated per session. */
async function formerWeeks(db: Db, where: SQL, from: string, to: string): Promise<CentreWeek[]> {
  const rows = await db
    .select({
      ...centreColumns,
      ...formerSessionColumns,
      slots: sql<CentreWeek["sessions"][number]["slots"]>`(
        select coalesce(json_agg(json_build_object('startsAt', ${s.slots.startsAt}, 'endsAt', ${s.slots.endsAt},
          'capacity', ${s.slots.capacity}, 'booked', ${s.slots.booked}) order by ${s.slots.startsAt}), '[]'::json)
        from ${s.slots} where ${s.slots.sessionId} = ${s.sessions.id})`,
    })
    .from(s.sessions)
    .innerJoin(s.facilities, eq(s.facilities.id, s.sessions.facilityId))
    .innerJoin(s.districts, eq(s.districts.id, s.facilities.districtId))
    .innerJoin(s.states, eq(s.states.id, s.facilities.stateId))
    .where(and(where, between(s.sessions.date, from, to), eq(s.sessions.status, "scheduled"), eq(s.facilities.active, true)))
    .orderBy(asc(s.sessions.facilityId), asc(s.sessions.date), asc(s.sessions.vaccineCode), asc(s.sessions.minAge));
  const weeks: CentreWeek[] = [];
  for (const row of rows) {
    const { sessionId, date, vaccineCode, minAge, maxAge, capacityDose1, capacityDose2, capacityPrecaution, bookedDose1, bookedDose2, bookedPrecaution, fee, slots, ...centre } = row;
    if (weeks.at(-1)?.centre.id !== centre.id) weeks.push({ centre: centre as CentreWeek["centre"], sessions: [] });
    weeks.at(-1)!.sessions.push({ id: sessionId, facilityId: centre.id, date, vaccineCode, minAge, maxAge, capacityDose1, capacityDose2, capacityPrecaution, bookedDose1, bookedDose2, bookedPrecaution, fee, slots });
  }
  return weeks;
}

const seatsOf = async (sessionId: string) => (await t.db.select({ seats: s.sessions.slotSeats }).from(s.sessions).where(eq(s.sessions.id, sessionId)))[0]!.seats;

async function expectSameAsBefore() {
  const week = ["2026-12-01", "2026-12-07"] as const;
  expect(await weeksByDistrict(t.db, geo.district.id, ...week)).toEqual(await formerWeeks(t.db, eq(s.sessions.districtId, geo.district.id), ...week));
  expect(await weeksByPostalCode(t.db, geo.postal.code, "2026-12-01", "2026-12-01")).toEqual(await formerWeeks(t.db, eq(s.facilities.postalCode, geo.postal.code), "2026-12-01", "2026-12-01"));
  for (const centre of [free, paid, closed]) expect(await weeksByCentre(t.db, centre.id, ...week)).toEqual(await formerWeeks(t.db, eq(s.sessions.facilityId, centre.id), ...week));
  expect(await weeksByDistrict(t.db, 987_654, ...week)).toEqual([]);
}

beforeAll(async () => {
  t = await createTestDatabase();
  geo = await createGeography(t.db);
  vaccine = await createVaccine(t.db);
  free = await createFacility(t.db, geo);
  paid = await createFacility(t.db, geo);
  closed = await createFacility(t.db, geo);
  await t.db.update(s.facilities).set({ feeType: "paid", type: "private" }).where(eq(s.facilities.id, paid.id));
  await t.db.update(s.facilities).set({ active: false }).where(eq(s.facilities.id, closed.id));
  await t.db.insert(s.facilityVaccineFees).values({ facilityId: paid.id, vaccineCode: vaccine.code, fee: 780 });
  first = await createSession(t.db, free, vaccine, { date: "2026-12-01", bookedDose1: 4 });
  await createSession(t.db, free, vaccine, { date: "2026-12-01", minAge: 45, maxAge: 59 });
  await createSession(t.db, free, vaccine, { date: "2026-12-07", minAge: 60 });
  await createSession(t.db, free, vaccine, { date: "2026-12-08" }); // the day after the week
  await createSession(t.db, free, vaccine, { date: "2026-12-02", status: "cancelled" });
  const paidSession = await createSession(t.db, paid, vaccine, { date: "2026-12-03", fee: 780 });
  await createSession(t.db, closed, vaccine, { date: "2026-12-03" });
  await t.db.insert(s.slots).values([
    { sessionId: first.id, startsAt: "11:00:00", endsAt: "13:00:00", capacity: 15, booked: 2 },
    { sessionId: first.id, startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 2 },
    { sessionId: paidSession.id, startsAt: "10:00:00", endsAt: "12:00:00", capacity: 30, booked: 0 },
  ]);
}, 60_000);

afterAll(async () => t?.destroy());

describe("the availability read", () => {
  it("gives exactly what the former one-join read gave: centres, sessions, slots, counts, fees, order; inactive centres and other days left out", async () => {
    await expectSameAsBefore();
    const weeks = await weeksByDistrict(t.db, geo.district.id, "2026-12-01", "2026-12-07");
    expect(weeks.map((w) => [w.centre.id, w.sessions.length])).toEqual([[free.id, 3], [paid.id, 1]].sort((a, b) => a[0]! - b[0]!));
  });

  it("keeps each session's seat copy in step with its slots through inserts, bookings, edits and deletes", async () => {
    expect(await seatsOf(first.id)).toEqual([
      { startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 2 },
      { startsAt: "11:00:00", endsAt: "13:00:00", capacity: 15, booked: 2 },
    ]);
    await t.db.update(s.slots).set({ booked: sql`${s.slots.booked} + 1` }).where(and(eq(s.slots.sessionId, first.id), eq(s.slots.startsAt, "09:00:00")));
    expect((await seatsOf(first.id))[0]).toEqual({ startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 3 });
    // A refused conditional update (the slot is full) changes nothing and writes nothing.
    await t.db.update(s.slots).set({ booked: 99 }).where(and(eq(s.slots.sessionId, first.id), sql`${s.slots.booked} + 97 <= ${s.slots.capacity}`));
    expect((await seatsOf(first.id)).map((slot) => slot.booked)).toEqual([3, 2]);
    await t.db.delete(s.slots).where(and(eq(s.slots.sessionId, first.id), eq(s.slots.startsAt, "11:00:00")));
    expect(await seatsOf(first.id)).toEqual([{ startsAt: "09:00:00", endsAt: "11:00:00", capacity: 15, booked: 3 }]);
    await expectSameAsBefore();
    await t.db.delete(s.slots).where(eq(s.slots.sessionId, first.id));
    expect(await seatsOf(first.id)).toEqual([]);
    await expectSameAsBefore();
  });
});
