import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/db/schema";
import { canActOnDistrict, canActOnFacility, type StaffScope } from "./scope";

const facility = { id: 10, districtId: 100, stateId: 1 };
const otherFacilitySameDistrict = { id: 11, districtId: 100, stateId: 1 };
const otherDistrictSameState = { id: 12, districtId: 101, stateId: 1 };
const otherState = { id: 13, districtId: 200, stateId: 2 };

const staff = (role: StaffRole): StaffScope => ({ role, facilityId: 10, districtId: 100, stateId: 1 });

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

  it("gives nothing to a facility role whose facility is missing", () => {
    expect(canActOnFacility({ role: "vaccinator", facilityId: null, districtId: 100, stateId: 1 }, facility)).toBe(false);
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
