import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { sessions, slots } from "@/db/schema";
import type { CapacityKind } from "./rules";
import type { SeatCounts } from "./types";

/*
 * The only statements that move seat counters. Each is one conditional UPDATE … RETURNING: taking seats
 * succeeds only while `booked + n <= capacity` (and the session is still scheduled, the slot in that
 * session); giving them back only while the counter stays >= 0. The row lock an UPDATE takes is held to
 * commit, so bookings of one session queue on its row, each re-checking the condition on the latest
 * version: no overbooking, no lost update. Locks are always taken sessions first, then slots, each in
 * id order (`applySeatChanges`), so two transactions moving seats in opposite directions cannot deadlock.
 * A slot's session is locked even when its own counters do not move (a change of slot within a session):
 * the slot triggers write the session's seat copy (`slot_seats`), and that must not be the first lock on it.
 */

const sessionColumns: Record<CapacityKind, { booked: AnyPgColumn; capacity: AnyPgColumn }> = {
  dose1: { booked: sessions.bookedDose1, capacity: sessions.capacityDose1 },
  dose2: { booked: sessions.bookedDose2, capacity: sessions.capacityDose2 },
  precaution: { booked: sessions.bookedPrecaution, capacity: sessions.capacityPrecaution },
};
const bookedKey = { dose1: "bookedDose1", dose2: "bookedDose2", precaution: "bookedPrecaution" } as const;

async function shiftSession(tx: Tx, sessionId: string, delta: SeatCounts): Promise<boolean> {
  const set: Partial<Record<(typeof bookedKey)[CapacityKind], SQL>> = {};
  const conditions: SQL[] = [eq(sessions.id, sessionId)];
  let taking = false;
  for (const kind of Object.keys(sessionColumns) as CapacityKind[]) {
    const n = delta[kind];
    if (n === 0) continue;
    const { booked, capacity } = sessionColumns[kind];
    set[bookedKey[kind]] = sql`${booked} + ${n}`;
    conditions.push(n > 0 ? sql`${booked} + ${n} <= ${capacity}` : sql`${booked} + ${n} >= 0`);
    taking ||= n > 0;
  }
  if (Object.keys(set).length === 0) {
    await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId)).for("no key update");
    return true;
  }
  if (taking) conditions.push(eq(sessions.status, "scheduled"));
  const rows = await tx.update(sessions).set(set).where(and(...conditions)).returning({ id: sessions.id });
  return rows.length === 1;
}

async function shiftSlot(tx: Tx, slotId: string, change: SlotChange): Promise<boolean> {
  if (change.delta === 0) return true;
  const condition =
    change.delta > 0
      ? and(eq(slots.id, slotId), eq(slots.sessionId, change.sessionId), lte(sql`${slots.booked} + ${change.delta}`, slots.capacity))
      : and(eq(slots.id, slotId), gte(sql`${slots.booked} + ${change.delta}`, 0));
  const rows = await tx
    .update(slots)
    .set({ booked: sql`${slots.booked} + ${change.delta}` })
    .where(condition)
    .returning({ id: slots.id });
  return rows.length === 1;
}

export interface SlotChange {
  /** The session the slot must belong to when seats are taken from it. */
  sessionId: string;
  delta: number;
}

export interface SeatChanges {
  sessions: Map<string, SeatCounts>;
  slots: Map<string, SlotChange>;
}

export type SeatOutcome = "ok" | "full" | "slotFull";

const byId = <T,>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Applies every change in lock order; a refused take is reported, a refused give-back is a broken invariant. */
export async function applySeatChanges(tx: Tx, changes: SeatChanges): Promise<SeatOutcome> {
  const none = { dose1: 0, dose2: 0, precaution: 0 };
  const sessionsToLock = new Map(changes.sessions);
  for (const { sessionId } of changes.slots.values()) if (!sessionsToLock.has(sessionId)) sessionsToLock.set(sessionId, none);
  for (const [sessionId, delta] of byId(sessionsToLock)) {
    if (await shiftSession(tx, sessionId, delta)) continue;
    if (Object.values(delta).some((n) => n > 0)) return "full";
    throw new Error(`Seat counters of session ${sessionId} would go below zero`);
  }
  for (const [slotId, change] of byId(changes.slots)) {
    if (await shiftSlot(tx, slotId, change)) continue;
    if (change.delta > 0) return "slotFull";
    throw new Error(`Seat counter of slot ${slotId} would go below zero`);
  }
  return "ok";
}

/** Gives back the seats a set of appointments held (each from the counter it was booked against). */
export async function releaseSeats(tx: Tx, held: readonly { sessionId: string; slotId: string | null; capacityKind: CapacityKind }[]): Promise<void> {
  const changes: SeatChanges = { sessions: new Map(), slots: new Map() };
  for (const appointment of held) {
    const seats = changes.sessions.get(appointment.sessionId) ?? { dose1: 0, dose2: 0, precaution: 0 };
    seats[appointment.capacityKind] -= 1;
    changes.sessions.set(appointment.sessionId, seats);
    if (appointment.slotId) {
      const slot = changes.slots.get(appointment.slotId) ?? { sessionId: appointment.sessionId, delta: 0 };
      changes.slots.set(appointment.slotId, { ...slot, delta: slot.delta - 1 });
    }
  }
  await applySeatChanges(tx, changes);
}
