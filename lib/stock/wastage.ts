import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { auditLog, stockBatches } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { recordAudit } from "@/lib/audit/record";
import { isDoseCount, MAX_WASTAGE_REASON_LENGTH, wastageKeyPattern } from "./rules";
import type { StockScope, WastageRequest, WastageResult } from "./types";

export const WASTAGE_ACTION = "stock.doses_wasted";

/**
 * Records doses of one of the facility's batches as wasted. The conditional UPDATE is the referee: it adds
 * `n` to the wasted count only while used + wasted + n stays within what was received, so concurrent
 * records (and the doses marks take) can never push a batch over.
 *
 * A retried or doubled submit carries the same key and records nothing new. There is no wastage table to
 * hold a unique key, so the key lives in the audit row the record writes; the batch row is locked first,
 * which queues records of one batch, so no twin can slip between the key check and the update.
 */
export async function recordWastage(db: Db, scope: StockScope, request: WastageRequest): Promise<WastageResult> {
  if (!wastageKeyPattern.test(request.wastageKey)) throw new Error("A wastage key is 8 to 64 letters, digits, '-' or '_'");
  if (!isUuid(request.batchId)) return { ok: false, reason: "notFound" };
  if (!isDoseCount(request.doses)) return { ok: false, reason: "dosesRange" };
  // The form caps the reason; the slice keeps an oversized one from a direct call out of the audit log.
  const reason = request.reason?.trim().slice(0, MAX_WASTAGE_REASON_LENGTH) || null;

  return db.transaction(async (tx): Promise<WastageResult> => {
    const [batch] = await tx
      .select({ id: stockBatches.id, lot: stockBatches.lot, received: stockBatches.dosesReceived, used: stockBatches.dosesUsed, wasted: stockBatches.dosesWasted })
      .from(stockBatches)
      .where(and(eq(stockBatches.id, request.batchId), eq(stockBatches.facilityId, scope.facilityId)))
      .for("update");
    if (!batch) return { ok: false, reason: "notFound" };
    const view = (wasted: number, used: number) => ({ id: batch.id, lot: batch.lot, wasted, left: batch.received - used - wasted });
    if (await keyUsed(tx, batch.id, request.wastageKey)) return { ok: true, replayed: true, batch: view(batch.wasted, batch.used) };

    const [updated] = await tx
      .update(stockBatches)
      .set({ dosesWasted: sql`${stockBatches.dosesWasted} + ${request.doses}` })
      .where(
        and(
          eq(stockBatches.id, batch.id),
          eq(stockBatches.facilityId, scope.facilityId),
          sql`${stockBatches.dosesUsed} + ${stockBatches.dosesWasted} + ${request.doses} <= ${stockBatches.dosesReceived}`,
        ),
      )
      .returning({ used: stockBatches.dosesUsed, wasted: stockBatches.dosesWasted });
    if (!updated) return { ok: false, reason: "notEnoughLeft", left: batch.received - batch.used - batch.wasted };

    await recordAudit(tx, {
      actorType: "staff",
      actorId: scope.staffId,
      action: WASTAGE_ACTION,
      entityType: "stock_batch",
      entityId: batch.id,
      ip: scope.ip,
      summary: { key: request.wastageKey, doses: request.doses, reason, before: { wasted: batch.wasted }, after: { wasted: updated.wasted } },
    });
    return { ok: true, replayed: false, batch: view(updated.wasted, updated.used) };
  });
}

async function keyUsed(tx: Tx, batchId: string, key: string): Promise<boolean> {
  const [earlier] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "stock_batch"), eq(auditLog.entityId, batchId), eq(auditLog.action, WASTAGE_ACTION), sql`${auditLog.summary} ->> 'key' = ${key}`))
    .limit(1);
  return earlier !== undefined;
}
