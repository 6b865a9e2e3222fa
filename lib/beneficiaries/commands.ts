import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { isConstraintViolation } from "@/db/errors";
import { accounts, appointments, beneficiaries, doses, type NewBeneficiary } from "@/db/schema";
import { releaseSeats } from "@/lib/appointments/seats";
import { recordAudit } from "@/lib/audit/record";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { guardPhotoIdCheck, type PhotoIdGuardOptions, type TooManyPhotoIdAttempts } from "./photo-id-guard";
import { generateReferenceId } from "./reference-id";
import { canAddMore, isPhotoIdLocked, removalRefusal, type RemovalRefusal } from "./rules";
import type { BeneficiaryInput, EditBeneficiaryInput } from "./schemas";

// The database-level half of the beneficiary actions: callable from tests without a request.
// Every statement is filtered by the caller's account, so another account's id behaves as a missing one.

export interface CitizenContext {
  accountId: string;
  ip?: string | null;
}

const PHOTO_ID_UNIQUE = "beneficiaries_photo_id_hash_unique";
const REFERENCE_ID_UNIQUE = "beneficiaries_reference_id_unique";
const REFERENCE_ID_ATTEMPTS = 5;

/** The type is part of the hashed value: the same digits on a different kind of document are another ID. */
export function photoIdHash(type: string, normalisedNumber: string): string {
  return keyedHash("photo-id", `${type}:${normalisedNumber}`);
}

/** The stored half of a photo ID: its type, the keyed hash of the number and the last 4 characters shown. */
export const photoIdColumns = (type: string, normalisedNumber: string) => ({
  photoIdType: type,
  photoIdHash: photoIdHash(type, normalisedNumber),
  photoIdLast4: normalisedNumber.slice(-4),
});

const audit = (tx: Tx, context: CitizenContext, action: string, beneficiaryId: string, summary: Record<string, unknown>) =>
  recordAudit(tx, { actorType: "citizen", actorId: context.accountId, action, entityType: "beneficiary", entityId: beneficiaryId, ip: context.ip ?? null, summary });

function ownRow(context: CitizenContext, beneficiaryId: string) {
  return and(eq(beneficiaries.id, beneficiaryId), eq(beneficiaries.accountId, context.accountId));
}

async function hasDose(tx: Tx, beneficiaryId: string): Promise<boolean> {
  const [dose] = await tx.select({ id: doses.id }).from(doses).where(eq(doses.beneficiaryId, beneficiaryId)).limit(1);
  return dose !== undefined;
}

// ── Add ─────────────────────────────────────────────────────────────────────
type InsertResult = { ok: true; beneficiaryId: string; referenceId: string } | { ok: false; reason: "limitReached" | "duplicatePhotoId" };
export type AddBeneficiaryResult = InsertResult | TooManyPhotoIdAttempts;

export interface AddBeneficiaryOptions extends PhotoIdGuardOptions {
  limit: number;
  newReferenceId?: () => string;
}

export async function addBeneficiary(db: Db, context: CitizenContext, input: BeneficiaryInput, options: AddBeneficiaryOptions): Promise<AddBeneficiaryResult> {
  return guardPhotoIdCheck(db, context, { photoIdType: input.photoIdType, operation: "add" }, options, () => insertWithRetries(db, context, input, options));
}

async function insertWithRetries(db: Db, context: CitizenContext, input: BeneficiaryInput, options: AddBeneficiaryOptions): Promise<InsertResult> {
  const newReferenceId = options.newReferenceId ?? generateReferenceId;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => insertBeneficiary(tx, context, input, options.limit, newReferenceId()));
    } catch (error) {
      if (isConstraintViolation(error, PHOTO_ID_UNIQUE)) return { ok: false, reason: "duplicatePhotoId" };
      // A failed statement aborts the transaction, so a reference-id collision retries the whole of it.
      if (isConstraintViolation(error, REFERENCE_ID_UNIQUE) && attempt < REFERENCE_ID_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function insertBeneficiary(tx: Tx, context: CitizenContext, input: BeneficiaryInput, limit: number, referenceId: string): Promise<InsertResult> {
  // The account row lock makes concurrent adds for one account queue here, each seeing the count before it.
  const [account] = await tx.select({ count: accounts.beneficiaryCount }).from(accounts).where(eq(accounts.id, context.accountId)).for("update");
  if (!account || !canAddMore(account.count, limit)) return { ok: false, reason: "limitReached" };
  await tx
    .update(accounts)
    .set({ beneficiaryCount: sql`${accounts.beneficiaryCount} + 1` })
    .where(eq(accounts.id, context.accountId));

  const [row] = await tx
    .insert(beneficiaries)
    .values({
      accountId: context.accountId,
      referenceId,
      name: input.name,
      gender: input.gender,
      birthYear: input.birthYear,
      comorbidity: input.comorbidity,
      ...photoIdColumns(input.photoIdType, input.photoIdNumber),
    })
    .returning({ id: beneficiaries.id });
  await audit(tx, context, "beneficiary.added", row!.id, { photoIdType: input.photoIdType });
  return { ok: true, beneficiaryId: row!.id, referenceId };
}

// ── Update ──────────────────────────────────────────────────────────────────
type ChangeResult = { ok: true; changed: string[] } | { ok: false; reason: "notFound" | "duplicatePhotoId" | "photoIdLocked" | "photoIdNumberRequired" };
export type UpdateBeneficiaryResult = ChangeResult | TooManyPhotoIdAttempts;

export async function updateBeneficiary(
  db: Db,
  context: CitizenContext,
  input: EditBeneficiaryInput,
  options: PhotoIdGuardOptions = {},
): Promise<UpdateBeneficiaryResult> {
  // A blank number keeps the stored ID: nothing is checked, so nothing is counted.
  if (input.photoIdNumber === "") return changeBeneficiary(db, context, input);
  const check = { photoIdType: input.photoIdType, operation: "edit" as const, beneficiaryId: input.beneficiaryId };
  return guardPhotoIdCheck(db, context, check, options, () => changeBeneficiary(db, context, input));
}

async function changeBeneficiary(db: Db, context: CitizenContext, input: EditBeneficiaryInput): Promise<ChangeResult> {
  try {
    return await db.transaction(async (tx): Promise<ChangeResult> => {
      // FOR UPDATE also holds off a dose being recorded meanwhile (its foreign key takes a key-share lock here).
      const [current] = await tx.select().from(beneficiaries).where(ownRow(context, input.beneficiaryId)).for("update");
      if (!current) return { ok: false, reason: "notFound" };

      const changes: Partial<NewBeneficiary> = {};
      const changed: string[] = [];
      for (const field of ["name", "gender", "birthYear", "comorbidity"] as const) {
        if (input[field] !== current[field]) {
          Object.assign(changes, { [field]: input[field] });
          changed.push(field);
        }
      }

      const typeChanged = input.photoIdType !== current.photoIdType;
      if (typeChanged && input.photoIdNumber === "") return { ok: false, reason: "photoIdNumberRequired" };
      if (input.photoIdNumber !== "") {
        const photoId = photoIdColumns(input.photoIdType, input.photoIdNumber);
        if (photoId.photoIdHash !== current.photoIdHash) {
          if (isPhotoIdLocked({ hasDose: await hasDose(tx, current.id) })) return { ok: false, reason: "photoIdLocked" };
          Object.assign(changes, photoId);
          changed.push("photoId");
        }
      }

      if (changed.length === 0) return { ok: true, changed };
      await tx.update(beneficiaries).set({ ...changes, updatedAt: new Date() }).where(ownRow(context, current.id));
      await audit(tx, context, "beneficiary.updated", current.id, { fields: changed });
      return { ok: true, changed };
    });
  } catch (error) {
    if (isConstraintViolation(error, PHOTO_ID_UNIQUE)) return { ok: false, reason: "duplicatePhotoId" };
    throw error;
  }
}

// ── Remove ──────────────────────────────────────────────────────────────────
export type RemoveBeneficiaryResult = { ok: true } | { ok: false; reason: "notFound" | RemovalRefusal };

export async function removeBeneficiary(db: Db, context: CitizenContext, beneficiaryId: string): Promise<RemoveBeneficiaryResult> {
  return db.transaction(async (tx): Promise<RemoveBeneficiaryResult> => {
    // The row lock keeps a dose or a booking from landing between these checks and the delete.
    const [current] = await tx.select({ id: beneficiaries.id }).from(beneficiaries).where(ownRow(context, beneficiaryId)).for("update");
    if (!current) return { ok: false, reason: "notFound" };

    const [booked] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.beneficiaryId, current.id), eq(appointments.status, "booked")))
      .limit(1);
    const refusal = removalRefusal({ hasDose: await hasDose(tx, current.id), hasBookedAppointment: booked !== undefined });
    if (refusal) return { ok: false, reason: refusal };

    const deleted = await tx
      .delete(appointments)
      .where(and(eq(appointments.beneficiaryId, current.id), inArray(appointments.status, ["cancelled", "no_show"])))
      .returning({ status: appointments.status, sessionId: appointments.sessionId, slotId: appointments.slotId, capacityKind: appointments.capacityKind });
    // A missed appointment still holds its seat in the counters; its row going means its seat goes too.
    await releaseSeats(tx, deleted.filter((a) => a.status === "no_show"));
    await tx.delete(beneficiaries).where(ownRow(context, current.id));
    await tx
      .update(accounts)
      .set({ beneficiaryCount: sql`${accounts.beneficiaryCount} - 1` })
      .where(eq(accounts.id, context.accountId));
    await audit(tx, context, "beneficiary.removed", current.id, {});
    return { ok: true };
  });
}
