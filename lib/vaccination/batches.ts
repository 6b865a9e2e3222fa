import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { stockBatches } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";

/*
 * The only statements that move a batch's used count at the desk. Taking a dose is one conditional
 * UPDATE … RETURNING that succeeds only while used + wasted < received; the row lock it takes is held to
 * commit, so concurrent marks on one batch queue there and each re-checks the latest count: the count
 * never passes what was received (the table's CHECK would refuse it anyway).
 */

export interface BatchFacts {
  id: string;
  lot: string;
  vaccineCode: string;
  /** "YYYY-MM-DD". */
  expiresOn: string;
}

/** A batch of this facility; another facility's batch, or a malformed id, comes back undefined. */
export async function readBatch(tx: Tx, facilityId: number, batchId: string): Promise<BatchFacts | undefined> {
  if (!isUuid(batchId)) return undefined;
  const [row] = await tx
    .select({ id: stockBatches.id, lot: stockBatches.lot, vaccineCode: stockBatches.vaccineCode, expiresOn: stockBatches.expiresOn })
    .from(stockBatches)
    .where(and(eq(stockBatches.id, batchId), eq(stockBatches.facilityId, facilityId)));
  return row;
}

/** A batch serves a dose of its own vaccine up to and including its expiry day. */
export function isBatchUsable(batch: BatchFacts | undefined, vaccineCode: string, today: string): batch is BatchFacts {
  return batch !== undefined && batch.vaccineCode === vaccineCode && batch.expiresOn >= today;
}

/** Takes one dose from the batch; false when none is left. */
export async function takeDose(tx: Tx, batchId: string): Promise<boolean> {
  const rows = await tx
    .update(stockBatches)
    .set({ dosesUsed: sql`${stockBatches.dosesUsed} + 1` })
    .where(and(eq(stockBatches.id, batchId), lt(sql`${stockBatches.dosesUsed} + ${stockBatches.dosesWasted}`, stockBatches.dosesReceived)))
    .returning({ id: stockBatches.id });
  return rows.length === 1;
}

/** Gives one used dose back (a correction moved it to another batch); a count below zero is a broken invariant. */
export async function returnDose(tx: Tx, batchId: string): Promise<void> {
  const rows = await tx
    .update(stockBatches)
    .set({ dosesUsed: sql`${stockBatches.dosesUsed} - 1` })
    .where(and(eq(stockBatches.id, batchId), gt(stockBatches.dosesUsed, 0)))
    .returning({ id: stockBatches.id });
  if (rows.length !== 1) throw new Error(`Batch ${batchId} has no used dose to give back`);
}
