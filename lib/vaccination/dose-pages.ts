import "server-only";
import { getDb } from "@/db";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { readDosePage, type DosePage } from "./dose-page";

/** The dose page's way to the data, filtered by the staff member's facility; null when not theirs. */
export async function loadDosePage(staff: StaffPrincipal, sessionId: string, doseId: string): Promise<DosePage | null> {
  if (staff.facilityId === null) return null;
  const { timeZone } = getCountryPack();
  return readDosePage(await getDb(), { facilityId: staff.facilityId, today: isoDateIn(timeZone), timeZone }, sessionId, doseId);
}
