import "server-only";
import { getDb } from "@/db";
import type { StaffScope } from "@/lib/auth/rules";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { staffAreaSummary, type StaffAreaSummary } from "./queries";

/** The staff home page's way to the data: the area a scope covers, counted from today in the country. */
export async function loadStaffArea(scope: StaffScope): Promise<StaffAreaSummary> {
  return staffAreaSummary(await getDb(), scope, isoDateIn(getCountryPack().timeZone));
}
