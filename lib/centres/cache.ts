import "server-only";
import { config } from "@/lib/config";
import type { PrebuiltBody } from "@/lib/api/prebuilt-body";
import type { CalendarFragments } from "./calendar-fragments";
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
 * booker's own next read is fresh at once. Memory: AVAILABILITY_CACHE_MAX_MB (256) in all: half for district
 * spans (the calendars are cut from; one with a calendar or two is ~0.4 MB on the national-shape data, so half
 * holds about 300 of India's 756 districts), a quarter for other API bodies and a quarter for search results;
 * only dates within CACHE_WINDOW of today are kept.
 */
const MAX_ENTRIES = 20_000;

/**
 * A district's sessions over a span of days, serialised in pieces, and the calendars already cut from them
 * (by first day): they live and expire with the span, so they are exactly as fresh as its one read.
 */
export interface DistrictSpan {
  fragments: CalendarFragments;
  calendars: Map<string, PrebuiltBody>;
}

interface Caches {
  bodies: TtlCache<PrebuiltBody>;
  spans: TtlCache<DistrictSpan>;
  weeks: TtlCache<CentreWeek[]>;
}
const store = globalThis as unknown as { __vaxportAvailability?: Caches };

/** Made on first use, not at import: the build must not need the configuration. */
function caches(): Caches {
  if (!store.__vaxportAvailability) {
    const { ttlMs, staleMs, maxBytes } = config().availabilityCache;
    const limits = { ttlMs, staleMs, maxEntries: MAX_ENTRIES };
    store.__vaxportAvailability = {
      bodies: new TtlCache<PrebuiltBody>({ ...limits, maxBytes: maxBytes / 4, sizeOf: (body) => body.bytes.byteLength }),
      spans: new TtlCache<DistrictSpan>({ ...limits, maxBytes: maxBytes / 2, sizeOf: (span) => span.fragments.bytes }),
      // Objects take about twice their JSON text on the heap (measured on session rows).
      weeks: new TtlCache<CentreWeek[]>({ ...limits, maxBytes: maxBytes / 4, sizeOf: (weeks) => JSON.stringify(weeks).length * 2 }),
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

/** District spans the calendars are cut from, keyed by district and first day of the span. */
export function cachedDistrictSpan(key: string, firstDay: string, load: () => Promise<Loaded<DistrictSpan>>): Promise<DistrictSpan> {
  return through(caches().spans, key, firstDay, load);
}

/** Counts a calendar cut from a kept span against the memory budget. */
export function districtSpanGrew(key: string, span: DistrictSpan, bytes: number): void {
  caches().spans.grow(key, span, bytes);
}

/** Centre weeks for the search pages, keyed by the normalised query. */
export function cachedWeeks(key: string, firstDay: string, load: () => Promise<Loaded<CentreWeek[]>>): Promise<CentreWeek[]> {
  return through(caches().weeks, key, firstDay, load);
}

/** Call after a booking, cancellation or session change in a district commits. */
export function invalidateAvailability(districtId: number): void {
  for (const cache of Object.values(caches())) cache.invalidate(districtId);
}

/** District ids a result touches: the tags its cache entry carries. */
export function districtTags(weeks: readonly CentreWeek[], extra: readonly (number | undefined)[] = []): number[] {
  const tags = new Set<number>();
  for (const id of extra) if (id !== undefined) tags.add(id);
  for (const week of weeks) tags.add(week.centre.districtId);
  return [...tags];
}
