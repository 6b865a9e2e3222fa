import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { doses } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { abort, transact } from "@/lib/appointments/transaction";
import { clockOf } from "@/lib/appointments/types";
import { reissueCertificate } from "@/lib/certificates/lifecycle";
import { isoDateIn } from "@/lib/time/dates";
import { auditAsStaff } from "./audit";
import { isBatchUsable, readBatch, returnDose, takeDose } from "./batches";
import type { BatchRef, CorrectBatchResult, VaccinationOptions, VaccinatorScope } from "./types";

/**
 * Moves a dose given today at this facility to the batch it really came from: one used dose leaves the
 * old batch and one is taken from the new (usable, with a dose left), the dose row follows, and the audit
 * row keeps before and after. A dose of another day or facility answers like a missing one; naming the
 * batch it already has answers ok without a change, so a retry is harmless.
 */
export async function correctDoseBatch(db: Db, scope: VaccinatorScope, request: { doseId: string; batchId: string }, options: VaccinationOptions): Promise<CorrectBatchResult> {
  if (!isUuid(request.doseId)) return { ok: false, reason: "notFound" };
  return transact(db, (tx) => correct(tx, scope, request, options));
}

async function correct(tx: Tx, scope: VaccinatorScope, request: { doseId: string; batchId: string }, options: VaccinationOptions): Promise<CorrectBatchResult> {
  const { now, today } = clockOf(options);
  const [[dose], batch] = await Promise.all([
    tx
      .select({ id: doses.id, beneficiaryId: doses.beneficiaryId, doseNumber: doses.doseNumber, vaccineCode: doses.vaccineCode, stockBatchId: doses.stockBatchId, lot: doses.lot, administeredAt: doses.administeredAt })
      .from(doses)
      .where(and(eq(doses.id, request.doseId), eq(doses.facilityId, scope.facilityId)))
      .for("update"),
    readBatch(tx, scope.facilityId, request.batchId),
  ]);
  if (!dose || isoDateIn(options.policy.timeZone, dose.administeredAt) !== today) return { ok: false, reason: "notFound" };
  const before: BatchRef = { batchId: dose.stockBatchId, lot: dose.lot };
  if (dose.stockBatchId === request.batchId) return { ok: true, changed: false, before, after: before };
  if (!isBatchUsable(batch, dose.vaccineCode, today)) return { ok: false, reason: "batchUnusable" };

  if (!(await moveDose(tx, dose.stockBatchId, batch.id))) abort<CorrectBatchResult>({ ok: false, reason: "outOfStock" });
  const after: BatchRef = { batchId: batch.id, lot: batch.lot };
  await tx.update(doses).set({ stockBatchId: batch.id, lot: batch.lot }).where(eq(doses.id, dose.id));
  // The certificate states the batch, so the corrected dose gets a new one that names the one it replaces.
  const certificate = await reissueCertificate(tx, dose, options.policy.certificateCountry, now);
  await auditAsStaff(tx, scope, "dose.batch_corrected", "dose", [{ id: dose.id, summary: { before, after, certificate } }]);
  return { ok: true, changed: true, before, after };
}

/**
 * Gives one dose back to `from` and takes one from `to`, locking the two batch rows in id order so that
 * two corrections moving doses in opposite directions cannot deadlock. False when `to` has none left.
 */
async function moveDose(tx: Tx, from: string | null, to: string): Promise<boolean> {
  if (from === null) return takeDose(tx, to);
  if (from < to) {
    await returnDose(tx, from);
    return takeDose(tx, to);
  }
  if (!(await takeDose(tx, to))) return false;
  await returnDose(tx, from);
  return true;
}
