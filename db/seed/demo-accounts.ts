import type { StaffRole } from "@/db/schema";

// Listed in the README and used by e2e tests; kept free of imports with side effects so both can load it.
export const demoStaffPassword = "Vaxport@2026";

export interface DemoStaffAccount {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
  /** Where the account's scope points, in the pack's demo data. */
  scope: "country" | "first city's state" | "first city's district" | "first facility" | "a facility in the second city";
}

export const demoStaffAccounts = [
  { username: "national.admin", password: demoStaffPassword, displayName: "National Admin", role: "national_admin", scope: "country" },
  { username: "state.admin", password: demoStaffPassword, displayName: "State Admin", role: "state_admin", scope: "first city's state" },
  { username: "district.admin", password: demoStaffPassword, displayName: "District Admin", role: "district_admin", scope: "first city's district" },
  { username: "facility.admin", password: demoStaffPassword, displayName: "Facility Admin", role: "facility_admin", scope: "first facility" },
  { username: "vaccinator", password: demoStaffPassword, displayName: "Vaccinator One", role: "vaccinator", scope: "first facility" },
  { username: "vaccinator2", password: demoStaffPassword, displayName: "Vaccinator Two", role: "vaccinator", scope: "a facility in the second city" },
] as const satisfies readonly DemoStaffAccount[];
