import type { NewStaffUser } from "@/db/schema";
import { demoStaffAccounts } from "./demo-accounts";

export interface StaffAnchor {
  id: number;
  districtId: number;
  stateId: number;
}

/**
 * The demo staff rows: admins scoped to the first facility's district and state, vaccinators at the
 * first facility and at a facility in another district. Facility staff also carry their district and
 * state, so listings by district or state find them.
 */
export function planDemoStaff(first: StaffAnchor, second: StaffAnchor, passwordHash: string): NewStaffUser[] {
  const scopeFor = (scope: (typeof demoStaffAccounts)[number]["scope"]) => {
    switch (scope) {
      case "country":
        return {};
      case "first city's state":
        return { stateId: first.stateId };
      case "first city's district":
        return { districtId: first.districtId, stateId: first.stateId };
      case "first facility":
        return { facilityId: first.id, districtId: first.districtId, stateId: first.stateId };
      case "a facility in the second city":
        return { facilityId: second.id, districtId: second.districtId, stateId: second.stateId };
    }
  };
  return demoStaffAccounts.map((account) => ({
    username: account.username,
    passwordHash,
    displayName: account.displayName,
    role: account.role,
    ...scopeFor(account.scope),
  }));
}
