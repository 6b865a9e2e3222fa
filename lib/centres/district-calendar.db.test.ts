import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { prebuiltBody } from "@/lib/api/prebuilt-body";
import { applySeatChanges } from "@/lib/appointments/seats";
import { getCountryPack } from "@/lib/country";
import { addDays, isoDateIn } from "@/lib/time/dates";
import { invalidateAvailability } from "./cache";
import { toCalendarCenters } from "./cowin-shape";
import { calendarByDistrictBody } from "./public-api";
import { weeksByDistrict } from "./queries";
import { formatDmyDate, weekWindow } from "./rules";

// calendarByDistrict answers are cut from one read of the district's span (13 days from today): each start
// date's answer must be byte for byte what reading and stringifying that week alone gives.

const app = globalThis as unknown as { __vaxportDb?: Promise<TestDatabase> };
const today = isoDateIn(getCountryPack().timeZone);
const day = (n: number) => addDays(today, n);

let t: TestDatabase;
let geo: Awaited<ReturnType<typeof createGeography>>;
let booked: s.Session;

/** The week read alone and stringified whole, as the calendar was answered before spans. */
async function readAlone(first: string) {
  const { from, to } = weekWindow(first);
  return prebuiltBody(toCalendarCenters(await weeksByDistrict(t.db, geo.district.id, from, to)));
}

beforeAll(async () => {
  t = await createTestDatabase();
  app.__vaxportDb = Promise.resolve(t);
  geo = await createGeography(t.db);
  const vaccine = await createVaccine(t.db);
  const [a, b, paid, closed] = [await createFacility(t.db, geo), await createFacility(t.db, geo), await createFacility(t.db, geo), await createFacility(t.db, geo)];
  await t.db.update(s.facilities).set({ feeType: "paid", type: "private" }).where(eq(s.facilities.id, paid.id));
  await t.db.insert(s.facilityVaccineFees).values({ facilityId: paid.id, vaccineCode: vaccine.code, fee: 780 });
  await t.db.update(s.facilities).set({ active: false }).where(eq(s.facilities.id, closed.id));
  booked = await createSession(t.db, a, vaccine, { date: day(0), capacityDose1: 10 });
  await t.db.insert(s.slots).values([
    { sessionId: booked.id, startsAt: "09:00:00", endsAt: "11:00:00", capacity: 5 },
    { sessionId: booked.id, startsAt: "11:00:00", endsAt: "13:00:00", capacity: 5 },
  ]);
  await createSession(t.db, a, vaccine, { date: day(0), minAge: 45, maxAge: 59 });
  await createSession(t.db, a, vaccine, { date: day(6) });
  await createSession(t.db, a, vaccine, { date: day(12) });
  await createSession(t.db, b, vaccine, { date: day(9) });
  await createSession(t.db, b, vaccine, { date: day(3), status: "cancelled" });
  await createSession(t.db, paid, vaccine, { date: day(4), fee: 780 });
  await createSession(t.db, closed, vaccine, { date: day(2) });
  await createSession(t.db, a, vaccine, { date: day(13) }); // past the span: only the next span holds it
}, 60_000);

afterAll(async () => {
  delete app.__vaxportDb;
  await t?.destroy();
});

describe("calendarByDistrict cut from the district's span", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 9, -1, -7])("answers the week starting on day %i exactly as reading that week alone", async (n) => {
    const answer = await calendarByDistrictBody(geo.district.id, day(n));
    const alone = await readAlone(day(n));
    expect(Buffer.from(answer.bytes).toString()).toBe(Buffer.from(alone.bytes).toString());
    expect(answer.etag).toBe(alone.etag);
  });

  it("keeps each start date's answer with its span, and a booking's invalidation drops them all", async () => {
    const first = await calendarByDistrictBody(geo.district.id, day(0));
    expect(await calendarByDistrictBody(geo.district.id, day(0))).toBe(first);
    const [slot] = await t.db.select({ id: s.slots.id }).from(s.slots).where(eq(s.slots.sessionId, booked.id)).orderBy(s.slots.startsAt);
    await t.db.transaction((tx) =>
      applySeatChanges(tx, { sessions: new Map([[booked.id, { dose1: 1, dose2: 0, precaution: 0 }]]), slots: new Map([[slot!.id, { sessionId: booked.id, delta: 1 }]]) }),
    );
    invalidateAvailability(geo.district.id);
    const after = await calendarByDistrictBody(geo.district.id, day(0));
    expect(after.etag).not.toBe(first.etag);
    expect(Buffer.from(after.bytes).toString()).toBe(Buffer.from((await readAlone(day(0))).bytes).toString());
    const session = JSON.parse(Buffer.from(after.bytes).toString()).centers[0].sessions[0];
    expect(session).toMatchObject({ date: formatDmyDate(day(0)), available_capacity_dose1: 9, slots: [{ seats: 4 }, { seats: 5 }] });
  });
});
