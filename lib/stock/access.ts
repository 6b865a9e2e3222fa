import type { StaffRole } from "@/db/schema";

/**
 * Who keeps a facility's stock: its facility admin. Vaccinators see usable batches where they pick one for
 * a dose, not this page; district and higher admins get stock views with the admin console.
 */
export const stockRoles: readonly StaffRole[] = ["facility_admin"];

export const canKeepStock = (role: StaffRole): boolean => stockRoles.includes(role);
