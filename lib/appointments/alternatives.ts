import "server-only";
import { and, asc, eq, gt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { facilities, sessions, slots } from "@/db/schema";
import { WINDOW_DAYS } from "@/lib/centres/rules";
import { addDays, wallClockTime } from "@/lib/time/dates";
import type { CapacityKind } from "./rules";
import { clockOf, type CommandOptions, type SeatCounts } from "./types";

// "This slot was just taken; here are the next free ones": read after a booking found no seat.

export interface SlotOption {
  slotId: string;
  startsAt: string;
  endsAt: string;
  free: number;
}

export interface SessionOption extends SlotOption {
  sessionId: string;
  date: string;
  facilityId: number;
  facilityName: string;
  address: string;
  postalCode: string;
}

export interface Alternatives {
  /** Other slots of the same session with room for everyone, earliest first (empty when its seats are gone). */
  slots: SlotOption[];
  /** Sessions of the same vaccine and ages in the district, in the week from the wanted session's day: soonest, then nearest, first. */
  sessions: SessionOption[];
}

export interface AlternativesRequest {
  sessionId: string;
  /** The seats the booking needed, per counter (as a "full" or "slotFull" answer carries them). */
  seats: SeatCounts;
  limit?: number;
}

const counters: Record<CapacityKind, [SQL, SQL]> = {
  dose1: [sql`${sessions.bookedDose1}`, sql`${sessions.capacityDose1}`],
  dose2: [sql`${sessions.bookedDose2}`, sql`${sessions.capacityDose2}`],
  precaution: [sql`${sessions.bookedPrecaution}`, sql`${sessions.capacityPrecaution}`],
};

function roomFor(seats: SeatCounts): SQL[] {
  return (Object.keys(counters) as CapacityKind[]).filter((k) => seats[k] > 0).map((k) => sql`${counters[k][0]} + ${seats[k]} <= ${counters[k][1]}`);
}

export async function alternativesFor(db: Db, request: AlternativesRequest, options: CommandOptions): Promise<Alternatives> {
  const { now, today } = clockOf(options);
  const limit = request.limit ?? 5;
  const people = Object.values(request.seats).reduce((a, b) => a + b, 0);
  const [origin] = await db
    .select({ date: sessions.date, districtId: sessions.districtId, vaccineCode: sessions.vaccineCode, minAge: sessions.minAge, maxAge: sessions.maxAge, lat: facilities.lat, lng: facilities.lng })
    .from(sessions)
    .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
    .where(eq(sessions.id, request.sessionId));
  if (!origin) return { slots: [], sessions: [] };

  const from = origin.date > today ? origin.date : today;
  // A slot is worth offering until it ends; "now" as the country's wall clock decides that for today.
  const nowTime = wallClockTime(now, options.policy.timeZone);
  const slotOpen = and(lte(sql`${slots.booked} + ${people}`, slots.capacity), or(gt(sessions.date, today), gt(slots.endsAt, nowTime)));
  const slotColumns = { slotId: slots.id, startsAt: slots.startsAt, endsAt: slots.endsAt, free: sql<number>`${slots.capacity} - ${slots.booked}`.mapWith(Number) };

  const sameSession = await db
    .select(slotColumns)
    .from(slots)
    .innerJoin(sessions, eq(sessions.id, slots.sessionId))
    .where(and(eq(sessions.id, request.sessionId), eq(sessions.status, "scheduled"), ...roomFor(request.seats), slotOpen))
    .orderBy(asc(slots.startsAt))
    .limit(limit);

  const firstSlot = db
    .select({ ...slotColumns, free: sql<number>`${slots.capacity} - ${slots.booked}`.as("free") })
    .from(slots)
    .where(and(eq(slots.sessionId, sessions.id), slotOpen))
    .orderBy(asc(slots.startsAt))
    .limit(1)
    .as("first_slot");
  const nearby = await db
    .select({
      sessionId: sessions.id,
      date: sessions.date,
      facilityId: facilities.id,
      facilityName: facilities.name,
      address: facilities.address,
      postalCode: facilities.postalCode,
      slotId: firstSlot.slotId,
      startsAt: firstSlot.startsAt,
      endsAt: firstSlot.endsAt,
      free: sql<number>`${firstSlot.free}`.mapWith(Number),
    })
    .from(sessions)
    .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
    .innerJoinLateral(firstSlot, sql`true`)
    .where(
      and(
        eq(sessions.districtId, origin.districtId),
        sql`${sessions.date} between ${from} and ${addDays(from, WINDOW_DAYS - 1)}`,
        ne(sessions.id, request.sessionId),
        eq(sessions.status, "scheduled"),
        eq(sessions.vaccineCode, origin.vaccineCode),
        lte(sessions.minAge, origin.minAge),
        sql`coalesce(${sessions.maxAge}, 32767) >= ${origin.maxAge ?? 32767}`,
        eq(facilities.active, true),
        ...roomFor(request.seats),
      ),
    )
    .orderBy(asc(sessions.date), sql`(${facilities.lat} - ${origin.lat})^2 + (${facilities.lng} - ${origin.lng})^2`, asc(sessions.id))
    .limit(limit);
  return { slots: sameSession, sessions: nearby };
}
