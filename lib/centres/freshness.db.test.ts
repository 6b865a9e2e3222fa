import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { prebuiltJson, type PrebuiltBody } from "@/lib/api/prebuilt-body";
import { applySeatChanges } from "@/lib/appointments/seats";
import { calendarJson, storedCalendarFragments } from "./calendar-fragments";
import { storedCalendarByDistrict } from "./queries";
import { TtlCache } from "./ttl-cache";

// The freshness bound the README states: a booking is on the instance that took it at once, and on every
// other instance within TTL + stale window + one load. Two instances here are two caches over one database
// (as two `next start` processes are), each with its own clock, reading through the real availability read.

const TTL = 2_000;
const STALE = 2_000;
const WEEK = ["2026-12-01", "2026-12-07"] as const;

let t: TestDatabase;
let geo: Awaited<ReturnType<typeof createGeography>>;
let session: s.Session;

function instance() {
  const clock = { now: 0 };
  const cache = new TtlCache<PrebuiltBody>({ ttlMs: TTL, staleMs: STALE, maxEntries: 10, maxBytes: 10_000_000, sizeOf: (b) => b.bytes.byteLength, now: () => clock.now });
  const load = async () => {
    const { centres, sessions } = await storedCalendarByDistrict(t.db, geo.district.id, ...WEEK);
    return { value: prebuiltJson(calendarJson(storedCalendarFragments(centres, sessions), ...WEEK)), tags: [geo.district.id] };
  };
  const seatsLeft = async () => {
    const body = JSON.parse(Buffer.from((await cache.get("calendar", load)).bytes).toString()) as { centers: { sessions: { available_capacity_dose1: number; slots: { seats: number }[] }[] }[] };
    const first = body.centers[0]!.sessions[0]!;
    return { session: first.available_capacity_dose1, slot: first.slots[0]!.seats };
  };
  return { clock, cache, seatsLeft };
}

async function book() {
  const [slot] = await t.db.select({ id: s.slots.id }).from(s.slots);
  await t.db.transaction((tx) =>
    applySeatChanges(tx, { sessions: new Map([[session.id, { dose1: 1, dose2: 0, precaution: 0 }]]), slots: new Map([[slot!.id, { sessionId: session.id, delta: 1 }]]) }),
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  geo = await createGeography(t.db);
  const facility = await createFacility(t.db, geo);
  session = await createSession(t.db, facility, await createVaccine(t.db), { date: "2026-12-01", capacityDose1: 10 });
  await t.db.insert(s.slots).values({ sessionId: session.id, startsAt: "09:00:00", endsAt: "11:00:00", capacity: 10 });
}, 60_000);

afterAll(async () => t?.destroy());

describe("a booking's freshness on every instance", () => {
  it("shows on the booking instance at once, and on another within TTL + stale window + one load", async () => {
    const booking = instance();
    const other = instance();
    expect(await booking.seatsLeft()).toEqual({ session: 10, slot: 10 });
    expect(await other.seatsLeft()).toEqual({ session: 10, slot: 10 });

    await book();
    // The booking instance drops its district's answers after the commit (invalidateAvailability).
    booking.cache.invalidate(geo.district.id);
    expect(await booking.seatsLeft()).toEqual({ session: 9, slot: 9 });

    // The other instance may still answer from before the booking while its entry is fresh…
    other.clock.now = TTL - 1;
    expect(await other.seatsLeft()).toEqual({ session: 10, slot: 10 });
    // …and once more while stale, as it reloads in the background; the load's answer replaces it.
    other.clock.now = TTL + 1;
    expect((await other.seatsLeft()).session).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await other.seatsLeft()).toEqual({ session: 9, slot: 9 });
  });

  it("past TTL + stale window an instance never answers from before the booking, even with no request in between", async () => {
    const other = instance();
    const before = await other.seatsLeft();
    await book();
    other.clock.now = TTL + STALE;
    expect(await other.seatsLeft()).toEqual({ session: before.session - 1, slot: before.slot - 1 });
  });
});
