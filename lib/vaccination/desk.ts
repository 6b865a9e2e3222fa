import type { StaffRole } from "@/db/schema";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { isoDateIn } from "@/lib/time/dates";
import type { QueueScope } from "./queue";

/** Who works the vaccination pages: a facility's vaccinators and its administrator. */
export const vaccinationRoles = ["vaccinator", "facility_admin"] as const satisfies readonly StaffRole[];

/** The facility and the country's today a staff member's reads are filtered by; null when they have no facility. */
export function queueScope(staff: Pick<StaffPrincipal, "facilityId">, timeZone: string, now: Date = new Date()): QueueScope | null {
  return staff.facilityId === null ? null : { facilityId: staff.facilityId, today: isoDateIn(timeZone, now) };
}
