import "server-only";
import { config } from "@/lib/config";
import type { PrebuiltBody } from "@/lib/api/prebuilt-body";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { withinCacheWindow } from "./rules";
import { TtlCache, type Loaded } from "./ttl-cache";
import type { CentreWeek } from "./types";

/*
 * Availability cache. Counts shown to the public are at most TTL + stale window + one query old on every
 * instance (defaults 2 s + 2 s): each app instance keeps its own short-TTL cache (AVAILABILITY_CACHE_TTL_MS,
 * 0 turns it off; AVAILABILITY_CACHE_STALE_MS) with single-flight loading and background refresh, so N
 * instances reach the database at most N times per TTL per query, however many clients ask. Nothing is
 * shared between instances, so nothing needs cross-instance invalidation: staleness is bounded by the TTL
 * alone. Booking code on this instance can call invalidateAvailability(districtId) after it commits, so the
 * booker's own next read is fresh at once. Memory: AVAILABILITY_CACHE_MAX_MB (64) in all, half for API
 * bodies and half for search results, and only dates within CACHE_WINDOW of today are kept.
 */
const MAX_ENTRIES = 20_000;

interface Caches {
  bodies: TtlCache<PrebuiltBody>;
  weeks: TtlCache<CentreWeek[]>;
}
const store = globalThis as unknown as { __vaxportAvailability?: Caches };

/** Made on first use, not at import: the build must not need the configuration. */
function caches(): Caches {
  if (!store.__vaxportAvailability) {
    const { ttlMs, staleMs, maxBytes } = config().availabilityCache;
    const limits = { ttlMs, staleMs, maxEntries: MAX_ENTRIES, maxBytes: maxBytes / 2 };
    store.__vaxportAvailability = {
      bodies: new TtlCache<PrebuiltBody>({ ...limits, sizeOf: (body) => body.bytes.byteLength }),
      // Objects take about twice their JSON text on the heap (measured on session rows).
      weeks: new TtlCache<CentreWeek[]>({ ...limits, sizeOf: (weeks) => JSON.stringify(weeks).length * 2 }),
    };
  }
  return store.__vaxportAvailability;
}

function through<T>(cache: TtlCache<T>, key: string, firstDay: string | null, load: () => Promise<Loaded<T>>): Promise<T> {
  if (firstDay !== null && !withinCacheWindow(firstDay, isoDateIn(getCountryPack().timeZone))) {
    return load().then((loaded) => loaded.value);
  }
  return cache.get(key, load);
}

/** Public API answers as bytes, keyed by endpoint and normalised parameters; `firstDay` null for undated lists. */
export function cachedApiBody(key: string, firstDay: string | null, load: () => Promise<Loaded<PrebuiltBody>>): Promise<PrebuiltBody> {
  return through(caches().bodies, key, firstDay, load);
}

/** Centre weeks for the search pages, keyed by the normalised query. */
export function cachedWeeks(key: string, firstDay: string, load: () => Promise<Loaded<CentreWeek[]>>): Promise<CentreWeek[]> {
  return through(caches().weeks, key, firstDay, load);
}

/** Call after a booking, cancellation or session change in a district commits. */
export function invalidateAvailability(districtId: number): void {
  const { bodies, weeks } = caches();
  bodies.invalidate(districtId);
  weeks.invalidate(districtId);
}

/** District ids a result touches: the tags its cache entry carries. */
export function districtTags(weeks: readonly CentreWeek[], extra: readonly (number | undefined)[] = []): number[] {
  const tags = new Set<number>();
  for (const id of extra) if (id !== undefined) tags.add(id);
  for (const week of weeks) tags.add(week.centre.districtId);
  return [...tags];
}
