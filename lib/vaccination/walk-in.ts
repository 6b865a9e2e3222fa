import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { isConstraintViolation } from "@/db/errors";
import { accounts, appointments, beneficiaries, sessions } from "@/db/schema";
import { normaliseMobile } from "@/lib/accounts/phone";
import { generateConfirmationNumber, generateSecurityCode } from "@/lib/appointments/confirmation";
import { readVaccines } from "@/lib/appointments/facts";
import { isUuid } from "@/lib/appointments/ids";
import { checkEligibility } from "@/lib/appointments/rules";
import { applySeatChanges } from "@/lib/appointments/seats";
import { abort, transact } from "@/lib/appointments/transaction";
import { clockOf, noSeats } from "@/lib/appointments/types";
import { photoIdColumns } from "@/lib/beneficiaries/commands";
import type { Gender } from "@/lib/beneficiaries/genders";
import { generateReferenceId } from "@/lib/beneficiaries/reference-id";
import { auditAsStaff } from "./audit";
import { idempotencyKeyPattern } from "./schemas";
import { sessionInScope } from "./scope";
import type { VaccinationOptions, VaccinatorScope, WalkInResult } from "./types";

/** What `walkInSchema` gives: the name tidied, the birth year a number, the photo ID validated and normalised. */
export interface WalkInRequest {
  sessionId: string;
  /** As typed; normalised here by the pack's phone rules. */
  mobile: string;
  name: string;
  gender: Gender;
  birthYear: number;
  photoIdType: string;
  photoIdNumber: string;
  comorbidity?: boolean;
  idempotencyKey: string;
}

// A collision here means a concurrent twin of this request (same key or same photo ID), a registration of
// the same ID on the citizen path meanwhile, or a number drawn twice: the next attempt replays or refuses.
const RETRIED_CONSTRAINTS = [
  "appointments_walk_in_key",
  "beneficiaries_photo_id_hash_unique",
  "beneficiaries_reference_id_unique",
  "appointments_confirmation_number_unique",
];
const ATTEMPTS = 4;

/**
 * Registers a person at the desk and books them into today's session, in one transaction: take a dose-1
 * seat from the session (no slot), find or create the account of the mobile (so the citizen can sign in and
 * see them later; 4 people per account as on the citizen path), add the person (photo ID as a keyed hash;
 * an ID registered anywhere is refused) and a booked walk-in appointment with its numbers, audited with
 * the vaccinator as actor. A retry with the same key answers with the same person and appointment.
 */
export async function registerWalkIn(db: Db, scope: VaccinatorScope, request: WalkInRequest, options: VaccinationOptions): Promise<WalkInResult> {
  if (!idempotencyKeyPattern.test(request.idempotencyKey)) throw new Error("An idempotency key is 8 to 64 letters, digits, '-' or '_'");
  if (!isUuid(request.sessionId)) return { ok: false, reason: "notFound" };
  const mobile = normaliseMobile(request.mobile, options.policy.phone);
  if (!mobile) return { ok: false, reason: "invalidMobile" };

  for (let attempt = 1; ; attempt++) {
    try {
      return await transact(db, (tx) => register(tx, scope, { ...request, mobile }, options));
    } catch (error) {
      if (attempt < ATTEMPTS && RETRIED_CONSTRAINTS.some((name) => isConstraintViolation(error, name))) continue;
      throw error;
    }
  }
}

async function register(tx: Tx, scope: VaccinatorScope, request: WalkInRequest, options: VaccinationOptions): Promise<WalkInResult> {
  const { now, today } = clockOf(options);
  const photoId = photoIdColumns(request.photoIdType, request.photoIdNumber);
  const [session, earlier, [registered], vaccines] = await Promise.all([
    sessionInScope(tx, scope, request.sessionId, today),
    walkInByKey(tx, scope, request.sessionId, request.idempotencyKey),
    tx.select({ id: beneficiaries.id }).from(beneficiaries).where(eq(beneficiaries.photoIdHash, photoId.photoIdHash)),
    readVaccines(tx),
  ]);
  if (!session) return { ok: false, reason: "notFound" };
  if (earlier) return { ok: true, replayed: true, ...earlier };
  // Each statement reads what is committed when it starts: a twin of this request (same key) may have
  // committed between the key lookup above and the photo-ID or seat check below. Its registration is then
  // this request's answer, not a refusal.
  const twin = async () => {
    const committed = await walkInByKey(tx, scope, request.sessionId, request.idempotencyKey);
    return committed ? ({ ok: true, replayed: true, ...committed } as const) : undefined;
  };
  if (registered) {
    const replay = await twin();
    if (replay) return replay;
    // Committed with the refusal: the audit row keeps the ID's type, never its number.
    await auditAsStaff(tx, scope, "beneficiary.duplicate_photo_id", "beneficiary", [{ id: null, summary: { photoIdType: request.photoIdType, operation: "walk_in" } }]);
    return { ok: false, reason: "duplicatePhotoId" };
  }

  const person = { birthYear: request.birthYear, doses: [], bookedAppointments: [] };
  const verdict = checkEligibility({ person, session, doseNumber: 1, vaccines, today });
  if (!verdict.ok) return { ok: false, reason: "ineligible", refusal: verdict.refusal };

  // Session row before account row, as removing a person gives seats back before touching the account.
  const seats = await applySeatChanges(tx, { sessions: new Map([[session.id, { ...noSeats(), [verdict.kind]: 1 }]]), slots: new Map() });
  if (seats !== "ok") abort<WalkInResult>((await twin()) ?? { ok: false, reason: "full" });
  const account = await takeAccountPlace(tx, request.mobile, options.policy.beneficiaryLimit);
  if (!account) abort<WalkInResult>({ ok: false, reason: "limitReached", limit: options.policy.beneficiaryLimit });

  const beneficiaryId = randomUUID();
  const appointmentId = randomUUID();
  const referenceId = generateReferenceId();
  const confirmationNumber = generateConfirmationNumber();
  await Promise.all([
    tx.insert(beneficiaries).values({
      id: beneficiaryId,
      accountId: account.id,
      referenceId,
      name: request.name,
      gender: request.gender,
      birthYear: request.birthYear,
      comorbidity: request.comorbidity ?? false,
      ...photoId,
    }),
    tx.insert(appointments).values({
      id: appointmentId,
      beneficiaryId,
      sessionId: session.id,
      districtId: session.districtId,
      doseNumber: 1,
      capacityKind: verdict.kind,
      confirmationNumber,
      securityCode: generateSecurityCode(),
      bookingKey: request.idempotencyKey,
      walkIn: true,
      createdAt: now,
      updatedAt: now,
    }),
    auditAsStaff(tx, scope, "beneficiary.added", "beneficiary", [{ id: beneficiaryId, summary: { photoIdType: request.photoIdType, walkIn: true, newAccount: account.inserted } }]),
    auditAsStaff(tx, scope, "appointment.booked", "appointment", [
      { id: appointmentId, summary: { sessionId: session.id, doseNumber: 1, walkIn: true, bookingKey: request.idempotencyKey } },
    ]),
  ]);
  return { ok: true, replayed: false, appointmentId, beneficiaryId, referenceId, confirmationNumber };
}

/** The person and appointment an earlier registration with this key made at this session. */
async function walkInByKey(tx: Tx, scope: VaccinatorScope, sessionId: string, key: string) {
  const [row] = await tx
    .select({
      appointmentId: appointments.id,
      beneficiaryId: appointments.beneficiaryId,
      referenceId: beneficiaries.referenceId,
      confirmationNumber: appointments.confirmationNumber,
    })
    .from(appointments)
    .innerJoin(sessions, and(eq(sessions.id, appointments.sessionId), eq(sessions.facilityId, scope.facilityId)))
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .where(and(eq(appointments.sessionId, sessionId), eq(appointments.bookingKey, key), eq(appointments.walkIn, true)));
  return row;
}

/**
 * Finds or creates the mobile's account and counts one more person on it, while it has room. The upsert
 * locks the row, so concurrent additions to one account (here or on the citizen path) queue on it.
 */
async function takeAccountPlace(tx: Tx, mobile: string, limit: number): Promise<{ id: string; inserted: boolean } | undefined> {
  const [account] = await tx
    .insert(accounts)
    .values({ mobile })
    .onConflictDoUpdate({ target: accounts.mobile, set: { mobile } })
    // xmax = 0 only on a freshly inserted row.
    .returning({ id: accounts.id, inserted: sql<boolean>`(xmax = 0)` });
  const [counted] = await tx
    .update(accounts)
    .set({ beneficiaryCount: sql`${accounts.beneficiaryCount} + 1` })
    .where(and(eq(accounts.id, account!.id), sql`${accounts.beneficiaryCount} < ${limit}`))
    .returning({ id: accounts.id });
  return counted ? { id: counted.id, inserted: account!.inserted } : undefined;
}
