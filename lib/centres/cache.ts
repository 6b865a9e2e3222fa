import "server-only";
import { TtlCache } from "./ttl-cache";
import type { CentreWeek } from "./types";

/*
 * Availability cache. Counts shown to the public are at most TTL + stale window + one query old on every
 * instance (defaults 2 s + 2 s): each app instance keeps its own short-TTL cache (AVAILABILITY_CACHE_TTL_MS,
 * 0 turns it off; AVAILABILITY_CACHE_STALE_MS) with single-flight loading and background refresh, so N instances reach the database at most N times per TTL per query,
 * however many clients ask. Nothing is shared between instances, so nothing needs cross-instance
 * invalidation: staleness is bounded by the TTL alone. Booking code on this instance can call
 * invalidateAvailability(districtId) after it commits, so the booker's own next read is fresh at once.
 */
const ttlMs = Number(process.env.AVAILABILITY_CACHE_TTL_MS ?? 2000);
// Served while one reload runs, so a hot key's expiry never makes callers queue behind the database.
const staleMs = Number(process.env.AVAILABILITY_CACHE_STALE_MS ?? 2000);
const MAX_ENTRIES = 20_000;

const store = globalThis as unknown as {
  __vaxportAvailability?: { bodies: TtlCache<string>; weeks: TtlCache<CentreWeek[]> };
};
store.__vaxportAvailability ??= {
  bodies: new TtlCache<string>(ttlMs, MAX_ENTRIES, Date.now, staleMs),
  weeks: new TtlCache<CentreWeek[]>(ttlMs, MAX_ENTRIES, Date.now, staleMs),
};

/** Serialised public API answers, keyed by endpoint and normalised parameters. */
export const apiBodyCache = store.__vaxportAvailability.bodies;
/** Centre weeks for the search pages, keyed by the normalised query. */
export const weeksCache = store.__vaxportAvailability.weeks;

/** Call after a booking, cancellation or session change in a district commits. */
export function invalidateAvailability(districtId: number): void {
  apiBodyCache.invalidate(districtId);
  weeksCache.invalidate(districtId);
}

/** District ids a result touches: the tags its cache entry carries. */
export function districtTags(weeks: readonly CentreWeek[], extra: readonly (number | undefined)[] = []): number[] {
  const tags = new Set<number>();
  for (const id of extra) if (id !== undefined) tags.add(id);
  for (const week of weeks) tags.add(week.centre.districtId);
  return [...tags];
}
