import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { appointments, beneficiaries, doses, slots } from "@/db/schema";
import { readVaccines } from "@/lib/appointments/facts";
import { isUuid } from "@/lib/appointments/ids";
import { checkEligibility, type Eligibility } from "@/lib/appointments/rules";
import { clockOf } from "@/lib/appointments/types";
import { listUsableBatches } from "@/lib/stock/queries";
import type { UsableBatch } from "@/lib/stock/types";
import { isCodeLocked } from "./code-lock";
import { toDoseRecords } from "./rules";
import { getTodaySession, type QueueScope, type TodaySession } from "./queue";
import { hasPassed, noShowFrom } from "./queue-rules";
import type { VaccinationOptions } from "./types";

// The verify page: who this is (photo ID masked), the dose due and the booking rules' verdict on it today,
// and the batches a dose may come from. The mark re-checks all of it under its lock.

export interface VerifyPerson {
  name: string;
  birthYear: number;
  gender: "male" | "female" | "other";
  photoIdType: string;
  photoIdLast4: string;
}

export interface VerifyAppointment {
  id: string;
  status: "booked" | "cancelled" | "completed" | "no_show";
  doseNumber: number;
  slotStartsAt: string | null;
  slotEndsAt: string | null;
  doseId: string | null;
  /** Registered at the desk: no security code is asked. */
  walkIn: boolean;
  /** Too many wrong codes today: the appointment cannot be marked until tomorrow. */
  codeLocked: boolean;
}

export interface VerifyPage {
  session: TodaySession;
  person: VerifyPerson;
  appointment: VerifyAppointment;
  /** The booking rules on this dose at this session today; null once the appointment is no longer booked. */
  verdict: Eligibility | null;
  batches: UsableBatch[];
  /** When a no-show may be recorded ("HH:MM:SS"; null: any time), and whether that time has come. */
  noShow: { from: string | null; open: boolean };
}

export async function readVerifyPage(db: Db, scope: QueueScope, sessionId: string, appointmentId: string, options: VaccinationOptions): Promise<VerifyPage | null> {
  if (!isUuid(appointmentId)) return null;
  const session = await getTodaySession(db, scope, sessionId);
  if (!session) return null;
  const [row] = await db
    .select({
      id: appointments.id,
      beneficiaryId: appointments.beneficiaryId,
      status: appointments.status,
      doseNumber: appointments.doseNumber,
      slotStartsAt: slots.startsAt,
      slotEndsAt: slots.endsAt,
      doseId: doses.id,
      walkIn: appointments.walkIn,
      codeFailures: appointments.codeFailures,
      codeFailuresOn: appointments.codeFailuresOn,
      name: beneficiaries.name,
      birthYear: beneficiaries.birthYear,
      gender: beneficiaries.gender,
      photoIdType: beneficiaries.photoIdType,
      photoIdLast4: beneficiaries.photoIdLast4,
    })
    .from(appointments)
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .leftJoin(slots, eq(slots.id, appointments.slotId))
    .leftJoin(doses, eq(doses.appointmentId, appointments.id))
    .where(and(eq(appointments.id, appointmentId), eq(appointments.sessionId, session.id)));
  if (!row) return null;

  const { now, today } = clockOf(options);
  const booked = row.status === "booked";
  const [doseRows, bookedRows, vaccineRules, batches] = await Promise.all([
    db
      .select({ doseNumber: doses.doseNumber, vaccineCode: doses.vaccineCode, administeredAt: doses.administeredAt })
      .from(doses)
      .where(eq(doses.beneficiaryId, row.beneficiaryId)),
    db
      .select({ id: appointments.id, doseNumber: appointments.doseNumber })
      .from(appointments)
      .where(and(eq(appointments.beneficiaryId, row.beneficiaryId), eq(appointments.status, "booked"))),
    db.transaction((tx) => readVaccines(tx)),
    booked ? listUsableBatches(db, scope.facilityId, session.vaccineCode, today) : Promise.resolve([]),
  ]);
  const verdict = booked
    ? checkEligibility({
        person: { birthYear: row.birthYear, doses: toDoseRecords(doseRows, options.policy.timeZone), bookedAppointments: bookedRows },
        session: { date: session.date, vaccineCode: session.vaccineCode, minAge: session.minAge, maxAge: session.maxAge, status: session.status },
        doseNumber: row.doseNumber,
        vaccines: vaccineRules,
        today,
        ignoreAppointmentId: row.id,
      })
    : null;
  const from = noShowFrom(row.slotEndsAt, session.lastSlotEnd);
  return {
    session,
    person: { name: row.name, birthYear: row.birthYear, gender: row.gender, photoIdType: row.photoIdType, photoIdLast4: row.photoIdLast4 },
    appointment: {
      id: row.id,
      status: row.status,
      doseNumber: row.doseNumber,
      slotStartsAt: row.slotStartsAt,
      slotEndsAt: row.slotEndsAt,
      doseId: row.doseId,
      walkIn: row.walkIn,
      codeLocked: !row.walkIn && isCodeLocked({ count: row.codeFailures, on: row.codeFailuresOn }, today, options.policy.maxCodeAttempts),
    },
    verdict,
    batches,
    noShow: { from, open: booked && hasPassed(session.date, from, now, options.policy.timeZone) },
  };
}
