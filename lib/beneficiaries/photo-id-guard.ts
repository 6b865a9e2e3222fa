import "server-only";
import type { Db } from "@/db";
import { recordAudit } from "@/lib/audit/record";
import { reserveRateLimit } from "@/lib/rate-limit";
import type { RateLimitStore } from "@/lib/rate-limit/types";
import type { CitizenContext } from "./commands";
import { duplicatePhotoIdRefusals } from "./rules";

export interface PhotoIdGuardOptions {
  /** The shared counter store; the app's own (Redis or the database) when absent. */
  rateStore?: RateLimitStore;
  now?: Date;
}

type Outcome = { ok: true } | { ok: false; reason: string };
export type TooManyPhotoIdAttempts = { ok: false; reason: "tooManyPhotoIdAttempts" };

/**
 * "Already registered" tells the caller that an ID exists somewhere, so each account hears it only a few
 * times a day; past that it is asked to come back tomorrow and the ID is not checked at all. Each attempt
 * holds a place in the count while it runs (so a rush cannot slip past) and gives it back unless it ended
 * in that refusal. Every refusal is audited with the ID's type only, never its number.
 */
export async function guardPhotoIdCheck<R extends Outcome>(
  db: Db,
  context: CitizenContext,
  check: { photoIdType: string; operation: "add" | "edit"; beneficiaryId?: string },
  options: PhotoIdGuardOptions,
  attempt: () => Promise<R>,
): Promise<R | TooManyPhotoIdAttempts> {
  const place = await reserveRateLimit(`photo-id-refusals:account:${context.accountId}`, duplicatePhotoIdRefusals, options.rateStore, options.now);
  if (!place.allowed) return { ok: false, reason: "tooManyPhotoIdAttempts" };

  let result: R | undefined;
  try {
    result = await attempt();
  } finally {
    if (!isDuplicateRefusal(result)) await place.release();
  }
  if (isDuplicateRefusal(result)) {
    await recordAudit(db, {
      actorType: "citizen",
      actorId: context.accountId,
      action: "beneficiary.duplicate_photo_id",
      entityType: "beneficiary",
      entityId: check.beneficiaryId ?? null,
      ip: context.ip ?? null,
      summary: { photoIdType: check.photoIdType, operation: check.operation },
    });
  }
  return result;
}

function isDuplicateRefusal(result: Outcome | undefined): boolean {
  return result !== undefined && !result.ok && result.reason === "duplicatePhotoId";
}
