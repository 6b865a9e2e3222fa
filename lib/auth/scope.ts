import type { StaffRole } from "@/db/schema";

/** The scope columns stored with a staff account. */
export interface StaffScope {
  role: StaffRole;
  facilityId: number | null;
  districtId: number | null;
  stateId: number | null;
}

export interface FacilityRef {
  id: number;
  districtId: number;
  stateId: number;
}

export interface DistrictRef {
  id: number;
  stateId: number;
}

/** May this staff member act on this facility's records? */
export function canActOnFacility(scope: StaffScope, facility: FacilityRef): boolean {
  switch (scope.role) {
    case "national_admin":
      return true;
    case "state_admin":
      return scope.stateId === facility.stateId;
    case "district_admin":
      return scope.districtId === facility.districtId;
    case "facility_admin":
    case "vaccinator":
      return scope.facilityId === facility.id;
  }
}

/** May this staff member act on a whole district (its facilities, staff, reports)? */
export function canActOnDistrict(scope: StaffScope, district: DistrictRef): boolean {
  switch (scope.role) {
    case "national_admin":
      return true;
    case "state_admin":
      return scope.stateId === district.stateId;
    case "district_admin":
      return scope.districtId === district.id;
    default:
      return false;
  }
}
