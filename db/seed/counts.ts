import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

const seededTables = {
  states: schema.states,
  districts: schema.districts,
  vaccines: schema.vaccines,
  postal_codes: schema.postalCodes,
  facilities: schema.facilities,
  facility_vaccine_fees: schema.facilityVaccineFees,
  sessions: schema.sessions,
  slots: schema.slots,
  stock_batches: schema.stockBatches,
  staff_users: schema.staffUsers,
};

/** Row counts of every table seeding writes, for scripts and checks. */
export async function countSeededRows(db: Db): Promise<Record<keyof typeof seededTables, number>> {
  const entries = await Promise.all(
    Object.entries(seededTables).map(async ([name, table]) => {
      const [row] = await db.select({ n: count() }).from(table);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof seededTables, number>;
}
