import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { appointments } from "@/db/schema";
import { isUuid } from "./ids";
import { rescheduleRefusal, slotEnded } from "./change-rules";
import { bookedColumns } from "./commands";
import { readPeople, readSessionAndSlot, readVaccines } from "./facts";
import { bookedView, lockOwnAppointment } from "./own-appointment";
import { checkEligibility, sessionRefusal } from "./rules";
import { applySeatChanges, type SeatChanges } from "./seats";
import { abort, auditAppointments, transact } from "./transaction";
import { clockOf, noSeats, type CitizenContext, type CommandOptions, type RescheduleResult, type SeatCounts } from "./types";

export interface RescheduleRequest {
  appointmentId: string;
  sessionId: string;
  slotId: string;
}

/**
 * Moves a booked appointment to another session or slot in one transaction: lock the appointment, check
 * it may still move (not started, under the pack's limit) and that the person is eligible there, give
 * back the old seats and take the new ones in lock order, then update the row and audit before/after.
 * Asking again for where it already is answers ok without a change, so a retried request is harmless.
 */
export async function rescheduleAppointment(db: Db, context: CitizenContext, request: RescheduleRequest, options: CommandOptions): Promise<RescheduleResult> {
  if (!isUuid(request.sessionId)) return { ok: false, reason: "notFound", what: "session" };
  if (!isUuid(request.slotId)) return { ok: false, reason: "notFound", what: "slot" };
  return transact(db, (tx) => reschedule(tx, context, request, options));
}

async function reschedule(tx: Tx, context: CitizenContext, request: RescheduleRequest, options: CommandOptions): Promise<RescheduleResult> {
  const { now, today } = clockOf(options);
  const { timeZone, rescheduleLimit } = options.policy;
  const current = await lockOwnAppointment(tx, context.accountId, request.appointmentId);
  if (!current) return { ok: false, reason: "notFound", what: "appointment" };
  if (current.status === "booked" && current.sessionId === request.sessionId && current.slotId === request.slotId) {
    return { ok: true, changed: false, appointment: bookedView(current), districtIds: [] };
  }
  const cannot = rescheduleRefusal(current, now, timeZone, rescheduleLimit);
  if (cannot) return { ok: false, reason: "cannotChange", refusal: cannot };

  const found = await readSessionAndSlot(tx, request.sessionId, request.slotId);
  if (!found) return { ok: false, reason: "notFound", what: "session" };
  if (!found.slot) return { ok: false, reason: "notFound", what: "slot" };
  const { session, slot } = found;
  const closed = sessionRefusal(session, today);
  if (closed) return { ok: false, reason: "sessionUnavailable", refusal: closed };
  if (slotEnded(session.date, slot.endsAt, now, timeZone)) return { ok: false, reason: "slotEnded" };

  const [[person], vaccines] = await Promise.all([readPeople(tx, context.accountId, [current.beneficiaryId], timeZone), readVaccines(tx)]);
  if (!person) return { ok: false, reason: "notFound", what: "appointment" };
  const verdict = checkEligibility({ person, session, doseNumber: current.doseNumber, vaccines, today, ignoreAppointmentId: current.id });
  if (!verdict.ok) return { ok: false, reason: "ineligible", refusal: verdict.refusal };

  const taken: SeatCounts = { ...noSeats(), [verdict.kind]: 1 };
  const outcome = await applySeatChanges(tx, moveSeats(current, { sessionId: session.id, slotId: slot.id, kind: verdict.kind }));
  if (outcome !== "ok") abort<RescheduleResult>({ ok: false, reason: outcome, sessionId: session.id, seats: taken });

  const [moved] = await tx
    .update(appointments)
    .set({
      sessionId: session.id,
      slotId: slot.id,
      districtId: session.districtId,
      capacityKind: verdict.kind,
      rescheduleCount: sql`${appointments.rescheduleCount} + 1`,
      updatedAt: now,
    })
    .where(eq(appointments.id, current.id))
    .returning(bookedColumns);
  await auditAppointments(tx, context, "appointment.rescheduled", [
    { id: current.id, summary: { before: { sessionId: current.sessionId, slotId: current.slotId }, after: { sessionId: session.id, slotId: slot.id } } },
  ]);
  return { ok: true, changed: true, appointment: moved!, districtIds: [...new Set([current.districtId, session.districtId])] };
}

/** Give back one seat where the appointment was, take one where it goes; the same row nets out. */
function moveSeats(
  from: { sessionId: string; slotId: string | null; capacityKind: keyof SeatCounts },
  to: { sessionId: string; slotId: string; kind: keyof SeatCounts },
): SeatChanges {
  const sessions = new Map<string, SeatCounts>();
  const seatsOf = (id: string) => sessions.get(id) ?? sessions.set(id, noSeats()).get(id)!;
  seatsOf(from.sessionId)[from.capacityKind] -= 1;
  seatsOf(to.sessionId)[to.kind] += 1;

  const slots: SeatChanges["slots"] = new Map([[to.slotId, { sessionId: to.sessionId, delta: 1 }]]);
  if (from.slotId) {
    const same = slots.get(from.slotId);
    slots.set(from.slotId, same ? { ...same, delta: same.delta - 1 } : { sessionId: from.sessionId, delta: -1 });
  }
  return { sessions, slots };
}
