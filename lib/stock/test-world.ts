import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import * as s from "@/db/schema";
import { createFacility, createGeography, createVaccine } from "@/db/testing/fixtures";
import type { StockOptions, StockScope } from "./types";

// Shared by the stock data-layer tests: small worlds with unique rows per call.

/** 20 November 2026, 09:30 in India. */
export const today = "2026-11-20";
export const options: StockOptions = { timeZone: "Asia/Kolkata", now: new Date("2026-11-20T04:00:00Z") };

export type NewBatch = Partial<typeof s.stockBatches.$inferInsert>;

export async function addBatch(db: Db, facility: s.Facility, vaccine: s.Vaccine, overrides: NewBatch = {}) {
  const [batch] = await db
    .insert(s.stockBatches)
    .values({ facilityId: facility.id, vaccineCode: vaccine.code, lot: `LOT${randomInt(1e6, 1e7)}`, expiresOn: "2027-06-30", dosesReceived: 100, ...overrides })
    .returning();
  return batch!;
}

export async function batchRow(db: Db, id: string) {
  const [row] = await db.select().from(s.stockBatches).where(eq(s.stockBatches.id, id));
  return row!;
}

/** Two facilities (in one district) sharing two vaccines, and a facility admin's scope at the first. */
export async function stockWorld(db: Db) {
  const geo = await createGeography(db);
  const [vaccine, other] = [await createVaccine(db), await createVaccine(db)];
  const [facility, elsewhere] = [await createFacility(db, geo), await createFacility(db, geo)];
  const [admin] = await db
    .insert(s.staffUsers)
    .values({ username: `stock.admin.${facility.id}`, passwordHash: "x", displayName: "Stock Admin", role: "facility_admin", facilityId: facility.id })
    .returning();
  const scope: StockScope = { staffId: admin!.id, facilityId: facility.id, ip: "10.2.3.4" };
  return { geo, vaccine, other, facility, elsewhere, scope };
}
