import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { isConstraintViolation } from "@/db/errors";
import { appointments, beneficiaries } from "@/db/schema";
import { slotEnded } from "./change-rules";
import { generateConfirmationNumber, generateSecurityCode } from "./confirmation";
import { readPeople, readSessionAndSlot, readVaccines } from "./facts";
import { isUuid } from "./ids";
import type { Refusal } from "./refusals";
import { checkEligibility, nextDoseFor, sessionRefusal, type CapacityKind } from "./rules";
import { applySeatChanges } from "./seats";
import { abort, auditAppointments, transact } from "./transaction";
import { clockOf, noSeats, type BookedAppointment, type BookResult, type CitizenContext, type CommandOptions } from "./types";

export interface BookRequest {
  sessionId: string;
  slotId: string;
  beneficiaryIds: readonly string[];
  /** The client's idempotency key for this request (a UUID from the form): a retry books nothing new. */
  bookingKey: string;
}

export const bookedColumns = {
  id: appointments.id,
  beneficiaryId: appointments.beneficiaryId,
  sessionId: appointments.sessionId,
  slotId: appointments.slotId,
  doseNumber: appointments.doseNumber,
  status: appointments.status,
  confirmationNumber: appointments.confirmationNumber,
  securityCode: appointments.securityCode,
  rescheduleCount: appointments.rescheduleCount,
};

// A collision here means a concurrent twin of this request (same key), a parallel booking of the same
// dose, or a confirmation number drawn twice: the next attempt answers with a replay, a refusal or success.
const RETRIED_CONSTRAINTS = ["appointments_beneficiary_booking_key", "appointments_one_active_per_dose", "appointments_confirmation_number_unique"];
const ATTEMPTS = 4;

/** What the database accepts as a booking key (a UUID fits); the action's schema validates it first. */
export const bookingKeyPattern = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Books one to `maxPeoplePerBooking` of the account's people into one slot of one session, in one
 * transaction: re-read and check everyone, take the seats (session per dose kind, then slot) with
 * conditional updates, insert the appointments and their audit rows. Any refusal keeps nothing.
 */
export async function bookAppointments(db: Db, context: CitizenContext, request: BookRequest, options: CommandOptions): Promise<BookResult> {
  if (!bookingKeyPattern.test(request.bookingKey)) throw new Error("A booking key is 8 to 64 letters, digits, '-' or '_'");
  const ids = [...new Set(request.beneficiaryIds)];
  if (ids.length > options.policy.maxPeoplePerBooking) return { ok: false, reason: "tooManyPeople", max: options.policy.maxPeoplePerBooking };
  if (!isUuid(request.sessionId)) return { ok: false, reason: "notFound", what: "session" };
  if (!isUuid(request.slotId)) return { ok: false, reason: "notFound", what: "slot" };
  if (ids.length === 0 || !ids.every(isUuid)) return { ok: false, reason: "notFound", what: "beneficiary" };

  for (let attempt = 1; ; attempt++) {
    try {
      return await transact(db, (tx) => book(tx, context, { ...request, beneficiaryIds: ids }, options));
    } catch (error) {
      if (attempt < ATTEMPTS && RETRIED_CONSTRAINTS.some((name) => isConstraintViolation(error, name))) continue;
      throw error;
    }
  }
}

/** The appointments an earlier request with this key made for this account, if any. */
export async function appointmentsByKey(tx: Tx | Db, accountId: string, bookingKey: string): Promise<BookedAppointment[]> {
  return tx
    .select(bookedColumns)
    .from(appointments)
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .where(and(eq(beneficiaries.accountId, accountId), eq(appointments.bookingKey, bookingKey)))
    .orderBy(asc(appointments.createdAt), asc(appointments.beneficiaryId));
}

async function book(tx: Tx, context: CitizenContext, request: BookRequest, options: CommandOptions): Promise<BookResult> {
  const { now, today } = clockOf(options);
  const replay = async (): Promise<BookResult | undefined> => {
    const earlier = await appointmentsByKey(tx, context.accountId, request.bookingKey);
    return earlier.length > 0 ? { ok: true, replayed: true, appointments: earlier, districtIds: [] } : undefined;
  };
  // One round trip: the driver pipelines these on the transaction's connection.
  const [earlier, found, people, vaccines] = await Promise.all([
    appointmentsByKey(tx, context.accountId, request.bookingKey),
    readSessionAndSlot(tx, request.sessionId, request.slotId),
    readPeople(tx, context.accountId, request.beneficiaryIds, options.policy.timeZone),
    readVaccines(tx),
  ]);
  if (earlier.length > 0) return { ok: true, replayed: true, appointments: earlier, districtIds: [] };
  if (!found) return { ok: false, reason: "notFound", what: "session" };
  if (!found.slot) return { ok: false, reason: "notFound", what: "slot" };
  if (people.length !== request.beneficiaryIds.length) return { ok: false, reason: "notFound", what: "beneficiary" };
  const { session, slot } = found;

  const closed = sessionRefusal(session, today);
  if (closed) return { ok: false, reason: "sessionUnavailable", refusal: closed };
  if (slotEnded(session.date, slot.endsAt, now, options.policy.timeZone)) return { ok: false, reason: "slotEnded" };

  const seats = noSeats();
  const planned: { beneficiaryId: string; doseNumber: number; kind: CapacityKind }[] = [];
  const refused: { beneficiaryId: string; refusal: Refusal }[] = [];
  for (const person of people) {
    const doseNumber = nextDoseFor(person.doses, vaccines);
    const verdict = doseNumber === null ? ({ ok: false, refusal: { reason: "noFurtherDose" } } as const) : checkEligibility({ person, session, doseNumber, vaccines, today });
    if (!verdict.ok) refused.push({ beneficiaryId: person.id, refusal: verdict.refusal });
    else {
      planned.push({ beneficiaryId: person.id, doseNumber: doseNumber!, kind: verdict.kind });
      seats[verdict.kind] += 1;
    }
  }
  // "Already booked" may be this request's twin, committed since the first look: answer as it did.
  if (refused.length > 0) return (await replay()) ?? { ok: false, reason: "ineligible", people: refused };

  const outcome = await applySeatChanges(tx, {
    sessions: new Map([[session.id, seats]]),
    slots: new Map([[slot.id, { sessionId: session.id, delta: planned.length }]]),
  });
  if (outcome !== "ok") {
    // Waiting for the seat may have meant waiting for this very request's twin: answer as it did.
    abort((await replay()) ?? { ok: false, reason: outcome, sessionId: session.id, seats });
  }

  const inserted = await tx
    .insert(appointments)
    .values(
      planned.map((p) => ({
        beneficiaryId: p.beneficiaryId,
        sessionId: session.id,
        slotId: slot.id,
        districtId: session.districtId,
        doseNumber: p.doseNumber,
        capacityKind: p.kind,
        confirmationNumber: generateConfirmationNumber(),
        securityCode: generateSecurityCode(),
        bookingKey: request.bookingKey,
      })),
    )
    .returning(bookedColumns);
  await auditAppointments(
    tx,
    context,
    "appointment.booked",
    inserted.map((a) => ({ id: a.id, summary: { sessionId: a.sessionId, slotId: a.slotId, doseNumber: a.doseNumber, bookingKey: request.bookingKey } })),
  );
  return { ok: true, replayed: false, appointments: inserted, districtIds: [session.districtId] };
}
