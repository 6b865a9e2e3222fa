import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { appointments } from "@/db/schema";
import { slotEnded } from "@/lib/appointments/change-rules";
import { isUuid } from "@/lib/appointments/ids";
import { transact } from "@/lib/appointments/transaction";
import { clockOf } from "@/lib/appointments/types";
import { auditAsStaff } from "./audit";
import { lastSlotEnd, lockAppointmentInScope, sessionInScope } from "./scope";
import type { NoShowResult, RemainingNoShowsResult, VaccinationOptions, VaccinatorScope } from "./types";

// A no-show keeps its seat in the counters (see the seat-accounting note in db/schema.ts): the seat was
// held all day and the reports count it. Nothing is given back, so no counter moves here.

/** Marks one booked appointment of today's session as missed, once its slot is over (any time without slots). */
export async function markNoShow(db: Db, scope: VaccinatorScope, request: { appointmentId: string }, options: VaccinationOptions): Promise<NoShowResult> {
  if (!isUuid(request.appointmentId)) return { ok: false, reason: "notFound" };
  return transact(db, async (tx): Promise<NoShowResult> => {
    const { now, today } = clockOf(options);
    const appointment = await lockAppointmentInScope(tx, scope, request.appointmentId, today);
    if (!appointment) return { ok: false, reason: "notFound" };
    if (appointment.status === "no_show") return { ok: true, alreadyNoShow: true };
    if (appointment.status !== "booked") return { ok: false, reason: "notBooked", status: appointment.status };

    // A walk-in has no slot of its own: the session's last slot stands in for it.
    const endsAt = appointment.slotEndsAt ?? (await lastSlotEnd(tx, appointment.session.id));
    if (endsAt && !slotEnded(today, endsAt, now, options.policy.timeZone)) return { ok: false, reason: "notEnded", endsAt };

    await tx
      .update(appointments)
      .set({ status: "no_show", updatedAt: now })
      .where(and(eq(appointments.id, appointment.id), eq(appointments.status, "booked")));
    await auditAsStaff(tx, scope, "appointment.no_show", "appointment", [{ id: appointment.id, summary: { sessionId: appointment.session.id } }]);
    return { ok: true, alreadyNoShow: false };
  });
}

/**
 * Marks every appointment of today's session still booked as missed, once its last slot is over. A mark
 * running meanwhile holds its appointment's row lock; this update waits for it and skips it if completed.
 */
export async function markRemainingNoShows(db: Db, scope: VaccinatorScope, request: { sessionId: string }, options: VaccinationOptions): Promise<RemainingNoShowsResult> {
  return transact(db, async (tx): Promise<RemainingNoShowsResult> => {
    const { now, today } = clockOf(options);
    const [session, endsAt] = await Promise.all([sessionInScope(tx, scope, request.sessionId, today), lastSlotEnd(tx, request.sessionId)]);
    if (!session) return { ok: false, reason: "notFound" };
    if (endsAt && !slotEnded(today, endsAt, now, options.policy.timeZone)) return { ok: false, reason: "notEnded", endsAt };
    return { ok: true, count: await missRemaining(tx, scope, session.id, now) };
  });
}

async function missRemaining(tx: Tx, scope: VaccinatorScope, sessionId: string, now: Date): Promise<number> {
  const missed = await tx
    .update(appointments)
    .set({ status: "no_show", updatedAt: now })
    .where(and(eq(appointments.sessionId, sessionId), eq(appointments.status, "booked")))
    .returning({ id: appointments.id });
  await auditAsStaff(tx, scope, "appointment.no_show", "appointment", missed.map((a) => ({ id: a.id, summary: { sessionId, remaining: true } })));
  return missed.length;
}
