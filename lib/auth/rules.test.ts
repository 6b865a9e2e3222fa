import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/db/schema";
import { canActOnDistrict, canActOnFacility, scopeArea, type StaffScope } from "./rules";

const facility = { id: 10, districtId: 100, stateId: 1 };
const otherFacilitySameDistrict = { id: 11, districtId: 100, stateId: 1 };
const otherDistrictSameState = { id: 12, districtId: 101, stateId: 1 };
const otherState = { id: 13, districtId: 200, stateId: 2 };

const staff = (role: StaffRole): StaffScope => ({ role, facilityId: 10, districtId: 100, stateId: 1 });

describe("scopeArea", () => {
  it.each([
    ["national_admin", { level: "country" }],
    ["state_admin", { level: "state", stateId: 1 }],
    ["district_admin", { level: "district", districtId: 100 }],
    ["facility_admin", { level: "facility", facilityId: 10 }],
    ["vaccinator", { level: "facility", facilityId: 10 }],
  ] as const)("%s covers %j", (role, area) => {
    expect(scopeArea(staff(role))).toEqual(area);
  });

  it.each([
    ["state_admin", { stateId: null }],
    ["district_admin", { districtId: null }],
    ["facility_admin", { facilityId: null }],
    ["vaccinator", { facilityId: null }],
  ] as const)("%s with %j covers nothing", (role, missing) => {
    expect(scopeArea({ ...staff(role), ...missing })).toEqual({ level: "none" });
  });
});

describe("canActOnFacility", () => {
  it.each([
    // role, own facility, same district, same state, other state
    ["vaccinator", true, false, false, false],
    ["facility_admin", true, false, false, false],
    ["district_admin", true, true, false, false],
    ["state_admin", true, true, true, false],
    ["national_admin", true, true, true, true],
  ] as const)("%s", (role, own, district, state, other) => {
    const scope = staff(role);
    expect(canActOnFacility(scope, facility)).toBe(own);
    expect(canActOnFacility(scope, otherFacilitySameDistrict)).toBe(district);
    expect(canActOnFacility(scope, otherDistrictSameState)).toBe(state);
    expect(canActOnFacility(scope, otherState)).toBe(other);
  });

  it.each(["vaccinator", "facility_admin", "district_admin", "state_admin"] as const)("gives nothing to a %s whose scope id is missing", (role) => {
    const scope: StaffScope = { role, facilityId: null, districtId: null, stateId: null };
    expect([facility, otherFacilitySameDistrict, otherDistrictSameState, otherState].some((f) => canActOnFacility(scope, f))).toBe(false);
    expect(canActOnDistrict(scope, { id: 100, stateId: 1 })).toBe(false);
  });
});

describe("canActOnDistrict", () => {
  it.each([
    ["vaccinator", false, false, false],
    ["facility_admin", false, false, false],
    ["district_admin", true, false, false],
    ["state_admin", true, true, false],
    ["national_admin", true, true, true],
  ] as const)("%s", (role, own, sameState, other) => {
    const scope = staff(role);
    expect(canActOnDistrict(scope, { id: 100, stateId: 1 })).toBe(own);
    expect(canActOnDistrict(scope, { id: 101, stateId: 1 })).toBe(sameState);
    expect(canActOnDistrict(scope, { id: 200, stateId: 2 })).toBe(other);
  });
});
