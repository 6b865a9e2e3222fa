import { eq, sql, type SQL } from "drizzle-orm";
import { facilities } from "@/db/schema";
import { scopeArea, type StaffScope } from "./rules";

/** The facilities a scope covers, as a WHERE on `facilities` (undefined: all of them). The rule is scopeArea's. */
export function facilityScopeFilter(scope: StaffScope): SQL | undefined {
  const area = scopeArea(scope);
  switch (area.level) {
    case "country":
      return undefined;
    case "state":
      return eq(facilities.stateId, area.stateId);
    case "district":
      return eq(facilities.districtId, area.districtId);
    case "facility":
      return eq(facilities.id, area.facilityId);
    case "none":
      return sql`false`;
  }
}
