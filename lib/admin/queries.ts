import "server-only";
import { and, count, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { districts, facilities, sessions, states } from "@/db/schema";
import type { StaffScope } from "@/lib/auth/rules";
import { facilityScopeFilter } from "@/lib/auth/scope-filter";
import { addDays } from "@/lib/time/dates";

export interface StaffAreaSummary {
  facilityName: string | null;
  districtName: string | null;
  stateName: string | null;
  facilities: number;
  sessionsNextWeek: number;
}

export async function staffAreaSummary(db: Db, scope: StaffScope, today: string): Promise<StaffAreaSummary> {
  const inScope = facilityScopeFilter(scope);
  const [[facilityCount], [sessionCount], names] = await Promise.all([
    db.select({ n: count() }).from(facilities).where(inScope),
    db
      .select({ n: count() })
      .from(sessions)
      .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
      .where(and(inScope, gte(sessions.date, today), lt(sessions.date, addDays(today, 7)), eq(sessions.status, "scheduled"))),
    scopeNames(db, scope),
  ]);
  return { ...names, facilities: facilityCount?.n ?? 0, sessionsNextWeek: sessionCount?.n ?? 0 };
}

async function scopeNames(db: Db, scope: StaffScope) {
  const facility = scope.facilityId
    ? (await db.select({ name: facilities.name, districtId: facilities.districtId }).from(facilities).where(eq(facilities.id, scope.facilityId)))[0]
    : undefined;
  const districtId = facility?.districtId ?? scope.districtId;
  const district = districtId
    ? (await db.select({ name: districts.name, stateId: districts.stateId }).from(districts).where(eq(districts.id, districtId)))[0]
    : undefined;
  const stateId = district?.stateId ?? scope.stateId;
  const state = stateId ? (await db.select({ name: states.name }).from(states).where(eq(states.id, stateId)))[0] : undefined;
  return { facilityName: facility?.name ?? null, districtName: district?.name ?? null, stateName: state?.name ?? null };
}
