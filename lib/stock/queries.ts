import "server-only";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { facilities, stockBatches, vaccines } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { batchState } from "./rules";
import type { FacilityBatch, UsableBatch } from "./types";

// Reads of one facility's stock. Every query is filtered by the facility: another facility's batch id
// finds nothing, exactly like one that does not exist.

const left = sql<number>`${stockBatches.dosesReceived} - ${stockBatches.dosesUsed} - ${stockBatches.dosesWasted}`.mapWith(Number);

/**
 * The batches a dose of this vaccine may come from at this facility today: not expired, doses left,
 * the first to expire first (so it is the one used first).
 */
export async function listUsableBatches(db: Db | Tx, facilityId: number, vaccineCode: string, today: string): Promise<UsableBatch[]> {
  return db
    .select({ id: stockBatches.id, lot: stockBatches.lot, expiresOn: stockBatches.expiresOn, dosesLeft: left })
    .from(stockBatches)
    .where(
      and(
        eq(stockBatches.facilityId, facilityId),
        eq(stockBatches.vaccineCode, vaccineCode),
        gte(stockBatches.expiresOn, today),
        sql`${stockBatches.dosesUsed} + ${stockBatches.dosesWasted} < ${stockBatches.dosesReceived}`,
      ),
    )
    .orderBy(asc(stockBatches.expiresOn), asc(stockBatches.lot));
}

const batchColumns = {
  id: stockBatches.id,
  vaccineCode: stockBatches.vaccineCode,
  vaccineName: vaccines.name,
  lot: stockBatches.lot,
  expiresOn: stockBatches.expiresOn,
  received: stockBatches.dosesReceived,
  used: stockBatches.dosesUsed,
  wasted: stockBatches.dosesWasted,
};

type BatchRow = { [K in keyof typeof batchColumns]: K extends "received" | "used" | "wasted" ? number : string };

function withState(row: BatchRow, today: string): FacilityBatch {
  return { ...row, left: row.received - row.used - row.wasted, state: batchState(row, today) };
}

/** Every batch of the facility, by vaccine, then the first to expire first; expired and used-up ones marked. */
export async function listFacilityStock(db: Db, facilityId: number, today: string): Promise<FacilityBatch[]> {
  const rows = await db
    .select(batchColumns)
    .from(stockBatches)
    .innerJoin(vaccines, eq(vaccines.code, stockBatches.vaccineCode))
    .where(eq(stockBatches.facilityId, facilityId))
    .orderBy(asc(vaccines.name), asc(stockBatches.expiresOn), asc(stockBatches.lot));
  return rows.map((row) => withState(row, today));
}

/** One batch of the facility, or null for a missing id and another facility's alike. */
export async function getFacilityBatch(db: Db, facilityId: number, batchId: string, today: string): Promise<FacilityBatch | null> {
  if (!isUuid(batchId)) return null;
  const [row] = await db
    .select(batchColumns)
    .from(stockBatches)
    .innerJoin(vaccines, eq(vaccines.code, stockBatches.vaccineCode))
    .where(and(eq(stockBatches.id, batchId), eq(stockBatches.facilityId, facilityId)));
  return row ? withState(row, today) : null;
}

/** The vaccines a batch may be received for: the active ones of the vaccine table. */
export async function listStockVaccines(db: Db): Promise<{ code: string; name: string }[]> {
  return db.select({ code: vaccines.code, name: vaccines.name }).from(vaccines).where(eq(vaccines.active, true)).orderBy(asc(vaccines.name));
}

export async function facilityName(db: Db, facilityId: number): Promise<string | null> {
  const [row] = await db.select({ name: facilities.name }).from(facilities).where(eq(facilities.id, facilityId));
  return row?.name ?? null;
}
