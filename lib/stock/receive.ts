import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { stockBatches, vaccines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isoDateIn } from "@/lib/time/dates";
import { normaliseLot, receiptProblem } from "./rules";
import type { ReceiveBatchRequest, ReceiveBatchResult, StockOptions, StockScope } from "./types";

/**
 * Records a batch received at the staff member's own facility, with its audit row, in one transaction.
 * The unique (facility, vaccine, lot) key refuses a lot this facility already holds, also when two
 * receipts of it race: the loser's insert does nothing and it answers `duplicateLot`.
 */
export async function receiveBatch(db: Db, scope: StockScope, request: ReceiveBatchRequest, options: StockOptions): Promise<ReceiveBatchResult> {
  const today = isoDateIn(options.timeZone, options.now ?? new Date());
  const lot = normaliseLot(request.lot);
  const problem = receiptProblem({ lot, expiresOn: request.expiresOn, doses: request.doses }, today);
  if (problem) return { ok: false, reason: problem };

  return db.transaction(async (tx): Promise<ReceiveBatchResult> => {
    const [vaccine] = await tx
      .select({ code: vaccines.code })
      .from(vaccines)
      .where(and(eq(vaccines.code, request.vaccineCode), eq(vaccines.active, true)));
    if (!vaccine) return { ok: false, reason: "unknownVaccine" };

    const [batch] = await tx
      .insert(stockBatches)
      .values({ facilityId: scope.facilityId, vaccineCode: vaccine.code, lot, expiresOn: request.expiresOn, dosesReceived: request.doses })
      .onConflictDoNothing({ target: [stockBatches.facilityId, stockBatches.vaccineCode, stockBatches.lot] })
      .returning({ id: stockBatches.id });
    if (!batch) return { ok: false, reason: "duplicateLot", lot };

    await recordAudit(tx, {
      actorType: "staff",
      actorId: scope.staffId,
      action: "stock.batch_received",
      entityType: "stock_batch",
      entityId: batch.id,
      ip: scope.ip,
      summary: { facilityId: scope.facilityId, vaccineCode: vaccine.code, lot, expiresOn: request.expiresOn, doses: request.doses },
    });
    return { ok: true, batchId: batch.id, lot };
  });
}
