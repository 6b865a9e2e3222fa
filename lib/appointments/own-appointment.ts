import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { appointments, beneficiaries, facilities, sessions, slots } from "@/db/schema";
import type { ChangeableAppointment } from "./change-rules";
import { bookedColumns } from "./commands";
import { isUuid } from "./ids";
import type { BookedAppointment } from "./types";

export interface OwnAppointment extends BookedAppointment, ChangeableAppointment {
  capacityKind: "dose1" | "dose2" | "precaution";
  districtId: number;
}

/**
 * Locks one of the account's appointments for a change (FOR UPDATE of the appointment row only), with
 * when it starts. Another account's id, a malformed one and a missing one all come back undefined.
 * Every change locks this row first: two changes of one appointment queue here, not on the seats.
 */
export async function lockOwnAppointment(tx: Tx, accountId: string, appointmentId: string): Promise<OwnAppointment | undefined> {
  if (!isUuid(appointmentId)) return undefined;
  const [row] = await tx
    .select({
      ...bookedColumns,
      capacityKind: appointments.capacityKind,
      districtId: appointments.districtId,
      date: sessions.date,
      slotStartsAt: slots.startsAt,
      opensAt: facilities.opensAt,
    })
    .from(appointments)
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .innerJoin(sessions, eq(sessions.id, appointments.sessionId))
    .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
    .leftJoin(slots, eq(slots.id, appointments.slotId))
    .where(and(eq(appointments.id, appointmentId), eq(beneficiaries.accountId, accountId)))
    .for("update", { of: appointments });
  if (!row) return undefined;
  const { slotStartsAt, opensAt, ...appointment } = row;
  return { ...appointment, startsAt: slotStartsAt ?? opensAt };
}

export function bookedView(row: OwnAppointment): BookedAppointment {
  const { id, beneficiaryId, sessionId, slotId, doseNumber, status, confirmationNumber, securityCode, rescheduleCount } = row;
  return { id, beneficiaryId, sessionId, slotId, doseNumber, status, confirmationNumber, securityCode, rescheduleCount };
}
