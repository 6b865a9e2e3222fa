/** Who acts on stock: a staff member of one facility, and where from (for the audit log). */
export interface StockScope {
  staffId: string;
  facilityId: number;
  ip: string | null;
}

/** Commands take the clock as input (the country's time zone decides what "today" and "expired" mean). */
export interface StockOptions {
  timeZone: string;
  now?: Date;
}

/** A batch a dose may be taken from now: the batch picker's row. */
export interface UsableBatch {
  id: string;
  lot: string;
  expiresOn: string;
  dosesLeft: number;
}

export type BatchState = "usable" | "expired" | "empty";

/** One batch as the stock page shows it. */
export interface FacilityBatch {
  id: string;
  vaccineCode: string;
  vaccineName: string;
  lot: string;
  expiresOn: string;
  received: number;
  used: number;
  wasted: number;
  left: number;
  state: BatchState;
}

export interface ReceiveBatchRequest {
  vaccineCode: string;
  lot: string;
  /** "YYYY-MM-DD" */
  expiresOn: string;
  doses: number;
}

export type ReceiptProblem = "lotInvalid" | "expiryInvalid" | "expiryPast" | "dosesRange";

export type ReceiveBatchResult =
  | { ok: true; batchId: string; lot: string }
  | { ok: false; reason: ReceiptProblem }
  | { ok: false; reason: "unknownVaccine" }
  /** This facility already holds this lot of this vaccine. */
  | { ok: false; reason: "duplicateLot"; lot: string };

export interface WastageRequest {
  batchId: string;
  doses: number;
  reason?: string;
  /** The form's idempotency key: a retried or doubled submit records the wastage once. */
  wastageKey: string;
}

export type WastageResult =
  | { ok: true; replayed: boolean; batch: { id: string; lot: string; wasted: number; left: number } }
  /** Missing, malformed, or another facility's batch: all alike. */
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "dosesRange" }
  | { ok: false; reason: "notEnoughLeft"; left: number };
