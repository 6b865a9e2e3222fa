import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { appointments } from "@/db/schema";
import { cancelRefusal } from "./change-rules";
import { bookedColumns } from "./commands";
import { bookedView, lockOwnAppointment } from "./own-appointment";
import { releaseSeats } from "./seats";
import { auditAppointments, transact } from "./transaction";
import { clockOf, type CancelResult, type CitizenContext, type CommandOptions } from "./types";

export interface CancelRequest {
  appointmentId: string;
}

/**
 * Cancels a booked appointment before it starts and gives its seats back, in one transaction.
 * Cancelling one already cancelled answers ok (a retried request), without touching any counter.
 */
export async function cancelAppointment(db: Db, context: CitizenContext, request: CancelRequest, options: CommandOptions): Promise<CancelResult> {
  return transact(db, (tx) => cancel(tx, context, request, options));
}

async function cancel(tx: Tx, context: CitizenContext, request: CancelRequest, options: CommandOptions): Promise<CancelResult> {
  const { now } = clockOf(options);
  const current = await lockOwnAppointment(tx, context.accountId, request.appointmentId);
  if (!current) return { ok: false, reason: "notFound", what: "appointment" };
  if (current.status === "cancelled") return { ok: true, alreadyCancelled: true, appointment: bookedView(current), districtIds: [] };
  const cannot = cancelRefusal(current, now, options.policy.timeZone);
  if (cannot) return { ok: false, reason: "cannotChange", refusal: cannot };

  const [cancelled] = await tx
    .update(appointments)
    .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
    .where(and(eq(appointments.id, current.id), eq(appointments.status, "booked")))
    .returning(bookedColumns);
  if (!cancelled) throw new Error(`Appointment ${current.id} changed under its row lock`);

  await releaseSeats(tx, [current]);
  await auditAppointments(tx, context, "appointment.cancelled", [{ id: current.id, summary: { sessionId: current.sessionId, slotId: current.slotId, doseNumber: current.doseNumber } }]);
  return { ok: true, alreadyCancelled: false, appointment: cancelled, districtIds: [current.districtId] };
}
