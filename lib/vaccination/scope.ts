import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Tx } from "@/db";
import { appointments, beneficiaries, sessions, slots } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import type { SessionFacts } from "@/lib/appointments/rules";
import type { VaccinatorScope } from "./types";

// The vaccinator's reach: sessions of their own facility dated today. Every read here is filtered by both,
// so an id from elsewhere (another facility, another day, or none at all) comes back undefined.

export interface ScopedSession extends SessionFacts {
  id: string;
  facilityId: number;
  districtId: number;
}

const sessionColumns = {
  id: sessions.id,
  facilityId: sessions.facilityId,
  districtId: sessions.districtId,
  date: sessions.date,
  vaccineCode: sessions.vaccineCode,
  minAge: sessions.minAge,
  maxAge: sessions.maxAge,
  status: sessions.status,
};

const inScope = (scope: VaccinatorScope, today: string) => and(eq(sessions.facilityId, scope.facilityId), eq(sessions.date, today));

export async function sessionInScope(tx: Tx, scope: VaccinatorScope, sessionId: string, today: string): Promise<ScopedSession | undefined> {
  if (!isUuid(sessionId)) return undefined;
  const [row] = await tx
    .select(sessionColumns)
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), inScope(scope, today)));
  return row;
}

export interface ScopedAppointment {
  id: string;
  beneficiaryId: string;
  birthYear: number;
  doseNumber: number;
  status: "booked" | "cancelled" | "completed" | "no_show";
  securityCode: string;
  walkIn: boolean;
  codeFailures: number;
  codeFailuresOn: string | null;
  /** "HH:MM:SS"; null for an appointment without a slot (a walk-in). */
  slotEndsAt: string | null;
  session: ScopedSession;
}

/**
 * Locks one appointment of a session in scope (FOR UPDATE of the appointment row only). Every change of
 * an appointment at the desk locks this row first, so two tablets acting on one person queue here.
 */
export async function lockAppointmentInScope(tx: Tx, scope: VaccinatorScope, appointmentId: string, today: string): Promise<ScopedAppointment | undefined> {
  if (!isUuid(appointmentId)) return undefined;
  const [row] = await tx
    .select({
      id: appointments.id,
      beneficiaryId: appointments.beneficiaryId,
      birthYear: beneficiaries.birthYear,
      doseNumber: appointments.doseNumber,
      status: appointments.status,
      securityCode: appointments.securityCode,
      walkIn: appointments.walkIn,
      codeFailures: appointments.codeFailures,
      codeFailuresOn: appointments.codeFailuresOn,
      slotEndsAt: slots.endsAt,
      session: sessionColumns,
    })
    .from(appointments)
    .innerJoin(sessions, and(eq(sessions.id, appointments.sessionId), inScope(scope, today)))
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .leftJoin(slots, eq(slots.id, appointments.slotId))
    .where(eq(appointments.id, appointmentId))
    .for("update", { of: appointments });
  return row;
}

/** When a session's last slot ends ("HH:MM:SS"), or null when it has no slots. */
export async function lastSlotEnd(tx: Tx, sessionId: string): Promise<string | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await tx.select({ endsAt: max(slots.endsAt) }).from(slots).where(eq(slots.sessionId, sessionId));
  return row?.endsAt ?? null;
}
