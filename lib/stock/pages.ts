import "server-only";
import { getDb } from "@/db";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { facilityName, getFacilityBatch, listFacilityStock, listStockVaccines } from "./queries";
import type { FacilityBatch } from "./types";

// The stock pages' way to the data: every read is of the signed-in staff member's own facility.

export interface StockPageData {
  facilityName: string;
  today: string;
  batches: FacilityBatch[];
  vaccines: { code: string; name: string }[];
}

const todayHere = () => isoDateIn(getCountryPack().timeZone);

export async function loadStockPage(staff: StaffPrincipal): Promise<StockPageData | null> {
  if (staff.facilityId === null) return null;
  const db = await getDb();
  const today = todayHere();
  const [name, batches, vaccines] = await Promise.all([facilityName(db, staff.facilityId), listFacilityStock(db, staff.facilityId, today), listStockVaccines(db)]);
  return name === null ? null : { facilityName: name, today, batches, vaccines };
}

/** One batch of the staff member's facility, or null for a missing id and another facility's alike. */
export async function loadStockBatch(staff: StaffPrincipal, batchId: string): Promise<FacilityBatch | null> {
  if (staff.facilityId === null) return null;
  return getFacilityBatch(await getDb(), staff.facilityId, batchId, todayHere());
}
