import type { StaffRole } from "@/db/schema";

/** The scope columns stored with a staff account. */
export interface StaffScope {
  role: StaffRole;
  facilityId: number | null;
  districtId: number | null;
  stateId: number | null;
}

/**
 * The one statement of what a staff member's scope covers. Checks on one record (canActOn…) and the
 * SQL filter on listings (scope-filter.ts) both read it, so they cannot disagree.
 * A scope whose id is missing covers nothing.
 */
export type ScopeArea =
  | { level: "country" }
  | { level: "state"; stateId: number }
  | { level: "district"; districtId: number }
  | { level: "facility"; facilityId: number }
  | { level: "none" };

export function scopeArea(scope: StaffScope): ScopeArea {
  switch (scope.role) {
    case "national_admin":
      return { level: "country" };
    case "state_admin":
      return scope.stateId === null ? { level: "none" } : { level: "state", stateId: scope.stateId };
    case "district_admin":
      return scope.districtId === null ? { level: "none" } : { level: "district", districtId: scope.districtId };
    case "facility_admin":
    case "vaccinator":
      return scope.facilityId === null ? { level: "none" } : { level: "facility", facilityId: scope.facilityId };
  }
}

/** May this staff member act on this facility's records? */
export function canActOnFacility(scope: StaffScope, facility: { id: number; districtId: number; stateId: number }): boolean {
  const area = scopeArea(scope);
  switch (area.level) {
    case "country":
      return true;
    case "state":
      return area.stateId === facility.stateId;
    case "district":
      return area.districtId === facility.districtId;
    case "facility":
      return area.facilityId === facility.id;
    case "none":
      return false;
  }
}

/** May this staff member act on a whole district (its facilities, staff, reports)? Facility roles never may. */
export function canActOnDistrict(scope: StaffScope, district: { id: number; stateId: number }): boolean {
  const area = scopeArea(scope);
  switch (area.level) {
    case "country":
      return true;
    case "state":
      return area.stateId === district.stateId;
    case "district":
      return area.districtId === district.id;
    case "facility":
    case "none":
      return false;
  }
}
