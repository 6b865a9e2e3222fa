import { normaliseDigits } from "@/lib/forms/digits";
import type { BatchState, ReceiptProblem } from "./types";

// Pure stock rules: what a lot number looks like, when a batch is usable, what a receipt may say.

export const MAX_BATCH_DOSES = 100_000;
export const MAX_LOT_LENGTH = 40;
export const MAX_WASTAGE_REASON_LENGTH = 200;
/** A wastage form's idempotency key (a UUID fits). */
export const wastageKeyPattern = /^[A-Za-z0-9_-]{8,64}$/;

const LOT_PATTERN = /^[A-Z0-9][A-Z0-9./-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Lots are compared as printed on the vial, ignoring case and spaces: "ab 123" and "AB123" are one lot,
 * so the unique (facility, vaccine, lot) key catches the same batch typed twice.
 */
export function normaliseLot(raw: string): string {
  return normaliseDigits(raw).replace(/\s+/g, "").toUpperCase();
}

export function isLot(lot: string): boolean {
  return lot.length > 0 && lot.length <= MAX_LOT_LENGTH && LOT_PATTERN.test(lot);
}

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isDoseCount(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_BATCH_DOSES;
}

export function dosesLeft(batch: { received: number; used: number; wasted: number }): number {
  return batch.received - batch.used - batch.wasted;
}

/** A batch expiring today may still be used today. Used up wins over expired: nothing is left to dispose of. */
export function batchState(batch: { expiresOn: string; received: number; used: number; wasted: number }, today: string): BatchState {
  if (dosesLeft(batch) <= 0) return "empty";
  return batch.expiresOn < today ? "expired" : "usable";
}

/** What is wrong with a receipt (lot already normalised), or null. The vaccine is checked against the table. */
export function receiptProblem(receipt: { lot: string; expiresOn: string; doses: number }, today: string): ReceiptProblem | null {
  if (!isLot(receipt.lot)) return "lotInvalid";
  if (!isIsoDate(receipt.expiresOn)) return "expiryInvalid";
  if (receipt.expiresOn < today) return "expiryPast";
  if (!isDoseCount(receipt.doses)) return "dosesRange";
  return null;
}
