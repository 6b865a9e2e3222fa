import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { appointments, certificates, doses } from "@/db/schema";
import { readVaccines } from "@/lib/appointments/facts";
import { isUuid } from "@/lib/appointments/ids";
import { checkEligibility, type VaccineRules } from "@/lib/appointments/rules";
import { abort, transact } from "@/lib/appointments/transaction";
import { clockOf } from "@/lib/appointments/types";
import { generateUvci } from "@/lib/certificates/uvci";
import { auditAsStaff } from "./audit";
import { isBatchUsable, readBatch, takeDose } from "./batches";
import { certificateKindFor } from "./certificates";
import { isCodeLocked, securityCodeMatches, wrongCodeAnswer } from "./code-lock";
import { toDoseRecords, type DoseRecord } from "./rules";
import { idempotencyKeyPattern } from "./schemas";
import { lockAppointmentInScope, type ScopedAppointment } from "./scope";
import type { CertificateKind, MarkResult, VaccinationOptions, VaccinatorScope } from "./types";

export interface MarkDoseRequest {
  appointmentId: string;
  /** Not asked for a walk-in registered at this facility. */
  securityCode?: string;
  batchId: string;
  /** The tablet's key for this mark (a UUID): a double tap or a retry records one dose and answers the same. */
  idempotencyKey: string;
}

/**
 * Records one dose at the desk, in one transaction: lock the appointment (a session of this facility,
 * today), answer a retry with its first answer, check the security code, re-check eligibility with the
 * booking rules against the person's doses, take one dose from the batch, then insert the dose, complete
 * the appointment, create the dose's certificate record and audit it. Two tablets marking one person
 * queue on the appointment's row lock; the second finds it completed (a replay if it carried the same key).
 */
export async function markDose(db: Db, scope: VaccinatorScope, request: MarkDoseRequest, options: VaccinationOptions): Promise<MarkResult> {
  if (!idempotencyKeyPattern.test(request.idempotencyKey)) throw new Error("An idempotency key is 8 to 64 letters, digits, '-' or '_'");
  if (!isUuid(request.appointmentId)) return { ok: false, reason: "notFound" };
  return transact(db, (tx) => mark(tx, scope, request, options));
}

async function mark(tx: Tx, scope: VaccinatorScope, request: MarkDoseRequest, options: VaccinationOptions): Promise<MarkResult> {
  const { now, today } = clockOf(options);
  // One round trip: the driver pipelines these, and the server runs the reads after the lock is granted,
  // so a twin that held the lock has committed by the time they look.
  const [appointment, earlier, doseRows, vaccines, batch] = await Promise.all([
    lockAppointmentInScope(tx, scope, request.appointmentId, today),
    doseByKey(tx, request.idempotencyKey),
    dosesOfBeneficiaryOf(tx, request.appointmentId),
    readVaccines(tx),
    readBatch(tx, scope.facilityId, request.batchId),
  ]);
  if (!appointment) return { ok: false, reason: "notFound" };
  if (earlier) {
    if (earlier.appointmentId !== appointment.id) throw new Error("This idempotency key already marked another appointment");
    return { ok: true, replayed: true, doseId: earlier.id, doseNumber: earlier.doseNumber, certificateKind: earlier.certificateKind };
  }
  if (appointment.status !== "booked") return { ok: false, reason: "notBooked", status: appointment.status };

  if (!appointment.walkIn) {
    const { maxCodeAttempts } = options.policy;
    if (isCodeLocked({ count: appointment.codeFailures, on: appointment.codeFailuresOn }, today, maxCodeAttempts)) return { ok: false, reason: "locked" };
    // Returned, not aborted: the transaction commits the count although the mark is refused.
    if (!securityCodeMatches(appointment.securityCode, request.securityCode)) return countWrongCode(tx, scope, appointment, today, maxCodeAttempts);
  }

  // The dose number is the appointment's, which booking took from the rules; checking it here refuses a dose
  // whose predecessor is missing or too recent. No other live appointment for this dose can exist (unique
  // index), so "already booked" has nothing to find.
  const person = { birthYear: appointment.birthYear, doses: toDoseRecords(doseRows, options.policy.timeZone), bookedAppointments: [] };
  const { doseNumber, session } = appointment;
  const verdict = checkEligibility({ person, session, doseNumber, vaccines, today });
  if (!verdict.ok) return { ok: false, reason: "ineligible", refusal: verdict.refusal };
  if (!isBatchUsable(batch, session.vaccineCode, today)) return { ok: false, reason: "batchUnusable" };

  const certificateKind = certificateKindFor(doseNumber, seriesOf(person.doses, session.vaccineCode, vaccines).primaryDoses);
  const doseId = randomUUID();
  // Pipelined as well; running out of stock rolls all of it back.
  const [taken] = await Promise.all([
    takeDose(tx, batch.id),
    tx.insert(doses).values({
      id: doseId,
      beneficiaryId: appointment.beneficiaryId,
      doseNumber,
      vaccineCode: session.vaccineCode,
      stockBatchId: batch.id,
      lot: batch.lot,
      facilityId: scope.facilityId,
      sessionId: session.id,
      appointmentId: appointment.id,
      vaccinatorId: scope.staffId,
      administeredAt: now,
      idempotencyKey: request.idempotencyKey,
    }),
    tx
      .update(appointments)
      .set({ status: "completed", updatedAt: now })
      .where(and(eq(appointments.id, appointment.id), eq(appointments.status, "booked"))),
    tx.insert(certificates).values({
      beneficiaryId: appointment.beneficiaryId,
      certificateId: generateUvci(options.policy.certificateCountry),
      kind: certificateKind,
      doseNumber,
      issuedAt: now,
    }),
    auditAsStaff(tx, scope, "dose.administered", "dose", [
      { id: doseId, summary: { appointmentId: appointment.id, sessionId: session.id, doseNumber, batchId: batch.id, lot: batch.lot, certificateKind, idempotencyKey: request.idempotencyKey } },
    ]),
  ]);
  if (!taken) abort<MarkResult>({ ok: false, reason: "outOfStock" });
  return { ok: true, replayed: false, doseId, doseNumber, certificateKind };
}

/** The dose an earlier request with this key recorded, with its certificate's kind. */
async function doseByKey(tx: Tx, key: string): Promise<{ id: string; appointmentId: string | null; doseNumber: number; certificateKind: CertificateKind } | undefined> {
  const [row] = await tx
    .select({ id: doses.id, appointmentId: doses.appointmentId, doseNumber: doses.doseNumber, certificateKind: certificates.kind })
    .from(doses)
    .innerJoin(certificates, and(eq(certificates.beneficiaryId, doses.beneficiaryId), eq(certificates.doseNumber, doses.doseNumber)))
    .where(eq(doses.idempotencyKey, key));
  return row;
}

/** The doses of the person the appointment is for (by subquery, so it rides in the first round trip). */
async function dosesOfBeneficiaryOf(tx: Tx, appointmentId: string) {
  return tx
    .select({ doseNumber: doses.doseNumber, vaccineCode: doses.vaccineCode, administeredAt: doses.administeredAt })
    .from(doses)
    .where(eq(doses.beneficiaryId, sql`(select ${appointments.beneficiaryId} from ${appointments} where ${appointments.id} = ${appointmentId})`));
}

/** The series follows dose 1's vaccine; a first dose starts it with the session's. */
function seriesOf(given: readonly DoseRecord[], sessionVaccineCode: string, vaccines: readonly VaccineRules[]): VaccineRules {
  const code = given.find((d) => d.doseNumber === 1)?.vaccineCode ?? sessionVaccineCode;
  const vaccine = vaccines.find((v) => v.code === code);
  if (!vaccine) throw new Error(`No vaccine ${code} in the vaccine table`);
  return vaccine;
}

async function countWrongCode(tx: Tx, scope: VaccinatorScope, appointment: ScopedAppointment, today: string, maxAttempts: number): Promise<MarkResult> {
  const [counted] = await tx
    .update(appointments)
    .set({
      codeFailures: sql`case when ${appointments.codeFailuresOn} = ${today} then ${appointments.codeFailures} + 1 else 1 end`,
      codeFailuresOn: today,
    })
    .where(eq(appointments.id, appointment.id))
    .returning({ codeFailures: appointments.codeFailures });
  const answer = wrongCodeAnswer(counted!.codeFailures, maxAttempts);
  await auditAsStaff(tx, scope, answer.reason === "locked" ? "appointment.code_locked" : "appointment.wrong_code", "appointment", [
    { id: appointment.id, summary: { failuresToday: counted!.codeFailures } },
  ]);
  return { ok: false, ...answer };
}
