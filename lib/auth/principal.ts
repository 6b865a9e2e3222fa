import type { StaffRole } from "@/db/schema";

/** Who is signed in, as carried in the session token. Citizens arrive with the OTP issue. */
export interface StaffPrincipal {
  kind: "staff";
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  facilityId: number | null;
  districtId: number | null;
  stateId: number | null;
}

export interface CitizenPrincipal {
  kind: "citizen";
  accountId: string;
  mobile: string;
}

export type Principal = StaffPrincipal | CitizenPrincipal;
