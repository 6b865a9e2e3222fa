import "server-only";
import { and, asc, eq, gt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { appointments, beneficiaries, sessions, slots } from "@/db/schema";
import { WINDOW_DAYS } from "@/lib/centres/rules";
import { addDays, wallClockTime } from "@/lib/time/dates";
import { alternativesFor, type SessionOption, type SlotOption } from "./alternatives";
import type { AppointmentView } from "./queries";
import type { CapacityKind } from "./rules";
import { clockOf, noSeats, type CommandOptions } from "./types";

// Where a booked appointment could move: the same centre's next week, then nearby sessions of the same
// vaccine with a seat for its dose kind. Only a menu: the reschedule command checks everything again.

export interface DayOption {
  sessionId: string;
  date: string;
  slots: SlotOption[];
}

export interface RescheduleOptions {
  sameCentre: DayOption[];
  nearby: SessionOption[];
}

const booked: Record<CapacityKind, [SQL, SQL]> = {
  dose1: [sql`${sessions.bookedDose1}`, sql`${sessions.capacityDose1}`],
  dose2: [sql`${sessions.bookedDose2}`, sql`${sessions.capacityDose2}`],
  precaution: [sql`${sessions.bookedPrecaution}`, sql`${sessions.capacityPrecaution}`],
};

/** The appointment's seat counter, read through the account (another account's id gives null). */
async function capacityKindOf(db: Db, accountId: string, appointmentId: string): Promise<CapacityKind | null> {
  const [row] = await db
    .select({ kind: appointments.capacityKind })
    .from(appointments)
    .innerJoin(beneficiaries, and(eq(beneficiaries.id, appointments.beneficiaryId), eq(beneficiaries.accountId, accountId)))
    .where(eq(appointments.id, appointmentId));
  return row?.kind ?? null;
}

export async function rescheduleOptions(db: Db, accountId: string, appointment: AppointmentView, options: CommandOptions): Promise<RescheduleOptions> {
  const kind = await capacityKindOf(db, accountId, appointment.id);
  if (!kind) return { sameCentre: [], nearby: [] };
  const { now, today } = clockOf(options);
  const nowTime = wallClockTime(now, options.policy.timeZone);
  const [counter, capacity] = booked[kind];

  const rows = await db
    .select({
      sessionId: sessions.id,
      date: sessions.date,
      slotId: slots.id,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      free: sql<number>`${slots.capacity} - ${slots.booked}`.mapWith(Number),
    })
    .from(slots)
    .innerJoin(sessions, eq(sessions.id, slots.sessionId))
    .where(
      and(
        eq(sessions.facilityId, appointment.centre.id),
        // From today to a week past the later of today and the appointment's day: both weeks a person thinks of.
        sql`${sessions.date} between ${today} and ${addDays(appointment.date > today ? appointment.date : today, WINDOW_DAYS - 1)}`,
        eq(sessions.status, "scheduled"),
        eq(sessions.vaccineCode, appointment.vaccineCode),
        sql`${counter} < ${capacity}`,
        lte(sql`${slots.booked} + 1`, slots.capacity),
        or(gt(sessions.date, today), gt(slots.endsAt, nowTime)),
        appointment.slotId ? ne(slots.id, appointment.slotId) : undefined,
      ),
    )
    .orderBy(asc(sessions.date), asc(slots.startsAt));

  const days = new Map<string, DayOption>();
  for (const { sessionId, date, ...slot } of rows) {
    const day = days.get(sessionId) ?? days.set(sessionId, { sessionId, date, slots: [] }).get(sessionId)!;
    day.slots.push(slot);
  }
  const alternatives = await alternativesFor(db, { sessionId: appointment.sessionId, seats: { ...noSeats(), [kind]: 1 }, limit: 8 }, options);
  return { sameCentre: [...days.values()], nearby: alternatives.sessions.filter((option) => option.facilityId !== appointment.centre.id) };
}
