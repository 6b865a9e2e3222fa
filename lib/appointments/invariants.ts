import "server-only";
import { and, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { appointments, sessions, slots } from "@/db/schema";

/*
 * After any rush, every seat must be accounted for (see the seat-accounting note in db/schema.ts):
 *  - counterMismatch: a session counter (per dose kind) or a slot counter that differs from the number of
 *    its appointments that are not cancelled;
 *  - overCapacity: a counter above its capacity or below zero (CHECK constraints forbid both; counted anyway);
 *  - duplicateActive: a beneficiary with two booked/completed appointments for one dose;
 *  - slotOutsideSession: an appointment whose slot belongs to another session.
 * Used by the race tests and the booking benchmark; `total` must be 0.
 */
export interface Violations {
  counterMismatch: number;
  overCapacity: number;
  duplicateActive: number;
  slotOutsideSession: number;
  total: number;
}

const num = (expression: SQL) => sql<number>`coalesce(${expression}, 0)`.mapWith(Number);
const differs = (counter: SQL, actual: SQL) => sql`(${counter} <> coalesce(${actual}, 0))::int`;

/** Counts violations over the whole database, or over the given sessions (and their slots and appointments). */
export async function countViolations(db: Db, scope?: { sessionIds: readonly string[] }): Promise<Violations> {
  const ids = scope ? [...scope.sessionIds] : undefined;
  if (ids?.length === 0) return { counterMismatch: 0, overCapacity: 0, duplicateActive: 0, slotOutsideSession: 0, total: 0 };
  const inScope = (column: typeof sessions.id | typeof slots.sessionId | typeof appointments.sessionId) => (ids ? inArray(column, ids) : undefined);
  const holdsSeat = ne(appointments.status, "cancelled");

  const perSession = db
    .select({
      sessionId: appointments.sessionId,
      dose1: sql<number>`count(*) filter (where ${appointments.capacityKind} = 'dose1')`.as("dose1"),
      dose2: sql<number>`count(*) filter (where ${appointments.capacityKind} = 'dose2')`.as("dose2"),
      precaution: sql<number>`count(*) filter (where ${appointments.capacityKind} = 'precaution')`.as("precaution"),
    })
    .from(appointments)
    .where(and(holdsSeat, inScope(appointments.sessionId)))
    .groupBy(appointments.sessionId)
    .as("per_session");
  // Scoped by the slot's session: a slot's counter answers for every appointment pointing at it.
  const perSlot = db
    .select({ slotId: appointments.slotId, seats: count().as("seats") })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .where(and(holdsSeat, inScope(slots.sessionId)))
    .groupBy(appointments.slotId)
    .as("per_slot");
  const duplicates = db
    .select({ beneficiaryId: appointments.beneficiaryId })
    .from(appointments)
    .where(and(inArray(appointments.status, ["booked", "completed"]), inScope(appointments.sessionId)))
    .groupBy(appointments.beneficiaryId, appointments.doseNumber)
    .having(sql`count(*) > 1`)
    .as("duplicates");

  const [[sessionRow], [slotRow], [duplicateRow], [outsideRow]] = await Promise.all([
    db
      .select({
        mismatch: num(sql`sum(${differs(sql`${sessions.bookedDose1}`, sql`${perSession.dose1}`)} + ${differs(sql`${sessions.bookedDose2}`, sql`${perSession.dose2}`)} + ${differs(sql`${sessions.bookedPrecaution}`, sql`${perSession.precaution}`)})`),
        over: num(sql`sum((${sessions.bookedDose1} not between 0 and ${sessions.capacityDose1})::int + (${sessions.bookedDose2} not between 0 and ${sessions.capacityDose2})::int + (${sessions.bookedPrecaution} not between 0 and ${sessions.capacityPrecaution})::int)`),
      })
      .from(sessions)
      .leftJoin(perSession, eq(perSession.sessionId, sessions.id))
      .where(inScope(sessions.id)),
    db
      .select({
        mismatch: num(sql`sum(${differs(sql`${slots.booked}`, sql`${perSlot.seats}`)})`),
        over: num(sql`sum((${slots.booked} not between 0 and ${slots.capacity})::int)`),
      })
      .from(slots)
      .leftJoin(perSlot, eq(perSlot.slotId, slots.id))
      .where(inScope(slots.sessionId)),
    db.select({ n: count() }).from(duplicates),
    db
      .select({ n: count() })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(and(ne(slots.sessionId, appointments.sessionId), inScope(appointments.sessionId))),
  ]);

  const violations = {
    counterMismatch: sessionRow!.mismatch + slotRow!.mismatch,
    overCapacity: sessionRow!.over + slotRow!.over,
    duplicateActive: duplicateRow!.n,
    slotOutsideSession: outsideRow!.n,
  };
  return { ...violations, total: Object.values(violations).reduce((a, b) => a + b, 0) };
}
