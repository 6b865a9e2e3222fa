import "server-only";
import { getDb } from "@/db";
import { prebuiltBody, prebuiltJson, type PrebuiltBody } from "@/lib/api/prebuilt-body";
import { getCountryPack } from "@/lib/country";
import { addDays, isoDateIn } from "@/lib/time/dates";
import { cachedApiBody, cachedDistrictSpan, districtSpanGrew, districtTags } from "./cache";
import { calendarJson, storedCalendarFragments } from "./calendar-fragments";
import { toCalendarCenters, toFlatSessions, toNearbyCenters } from "./cowin-shape";
import { centresNear, listDistricts, listStates, storedCalendarByDistrict, weeksByCentre, weeksByDistrict, weeksByPostalCode } from "./queries";
import { SPAN_DAYS, spanStart, weekWindow } from "./rules";
import type { CentreWeek } from "./types";

/** CoWIN told clients how long (seconds) they may keep location lists. */
const LOCATION_TTL = 24;
const NEAR = { radiusKm: 50, limit: 50 };

/**
 * Each answer is serialised once per cache entry, into the bytes every hit then sends (with their ETag), so a
 * hot key costs one query and one stringify per TTL. `firstDay` (ISO) is the first date the answer covers;
 * null for answers that do not depend on a date.
 */
function cached(key: string, firstDay: string | null, load: () => Promise<{ body: unknown; tags: readonly number[] }>): Promise<PrebuiltBody> {
  return cachedApiBody(key, firstDay, async () => {
    const { body, tags } = await load();
    return { value: prebuiltBody(body), tags };
  });
}

const withTags = (weeks: CentreWeek[], extra: (number | undefined)[] = []) => ({ weeks, tags: districtTags(weeks, extra) });

export function statesBody(): Promise<PrebuiltBody> {
  return cached("states", null, async () => {
    const rows = await listStates(await getDb());
    return { body: { states: rows.map((s) => ({ state_id: s.id, state_name: s.name })), ttl: LOCATION_TTL }, tags: [] };
  });
}

export function districtsBody(stateId: number): Promise<PrebuiltBody> {
  return cached(`districts:${stateId}`, null, async () => {
    const rows = await listDistricts(await getDb(), stateId);
    return { body: { districts: rows.map((d) => ({ district_id: d.id, district_name: d.name })), ttl: LOCATION_TTL }, tags: [] };
  });
}

/**
 * Tagged with the districts of the centres found, without asking for the PIN code's own district (a third
 * round trip per miss): an answer with no sessions cannot be changed by a booking or a cancellation, the only
 * writes that invalidate, and new sessions reach every answer within the TTL anyway.
 */
async function byPin(pincode: string, from: string, to: string) {
  return withTags(await weeksByPostalCode(await getDb(), pincode, from, to));
}

async function byDistrict(districtId: number, from: string, to: string) {
  return withTags(await weeksByDistrict(await getDb(), districtId, from, to), [districtId]);
}

export function findByPinBody(pincode: string, date: string) {
  return cached(`findByPin:${pincode}:${date}`, date, async () => {
    const { weeks, tags } = await byPin(pincode, date, date);
    return { body: toFlatSessions(weeks), tags };
  });
}

export function findByDistrictBody(districtId: number, date: string) {
  return cached(`findByDistrict:${districtId}:${date}`, date, async () => {
    const { weeks, tags } = await byDistrict(districtId, date, date);
    return { body: toFlatSessions(weeks), tags };
  });
}

export function calendarByPinBody(pincode: string, date: string) {
  const { from, to } = weekWindow(date);
  return cached(`calendarByPin:${pincode}:${from}`, from, async () => {
    const { weeks, tags } = await byPin(pincode, from, to);
    return { body: toCalendarCenters(weeks), tags };
  });
}

/**
 * Calendars of a district are cut from its span (rules.spanStart): one read serves seven start dates, each
 * calendar joined from the span's serialised pieces the first time it is asked for, then kept with the span.
 */
export async function calendarByDistrictBody(districtId: number, date: string): Promise<PrebuiltBody> {
  const { from, to } = weekWindow(date);
  const first = spanStart(from, isoDateIn(getCountryPack().timeZone));
  const key = `district:${districtId}:${first}`;
  const span = await cachedDistrictSpan(key, first, async () => {
    const { centres, sessions } = await storedCalendarByDistrict(await getDb(), districtId, first, addDays(first, SPAN_DAYS - 1));
    return { value: { fragments: storedCalendarFragments(centres, sessions), calendars: new Map() }, tags: [districtId] };
  });
  let calendar = span.calendars.get(from);
  if (!calendar) {
    calendar = prebuiltJson(calendarJson(span.fragments, from, to));
    span.calendars.set(from, calendar);
    districtSpanGrew(key, span, calendar.bytes.byteLength);
  }
  return calendar;
}

/**
 * CoWIN's draft spec may have answered calendarByCenter with a single `centers` object; DESIGN.md §5 (our
 * contract) makes it the same list as the other calendars, which is what generic clients iterate over.
 */
export function calendarByCenterBody(centreId: number, date: string) {
  const { from, to } = weekWindow(date);
  return cached(`calendarByCenter:${centreId}:${from}`, from, async () => {
    const weeks = await weeksByCentre(await getDb(), centreId, from, to);
    return { body: toCalendarCenters(weeks), tags: districtTags(weeks) };
  });
}

/** Rounded to about 100 m so nearby callers share a cache entry. */
export function findByLatLongBody(lat: number, lng: number) {
  const point = { lat: Math.round(lat * 1000) / 1000, lng: Math.round(lng * 1000) / 1000 };
  return cached(`findByLatLong:${point.lat}:${point.lng}`, null, async () => {
    const weeks = await centresNear(await getDb(), point, NEAR);
    return { body: { ...toNearbyCenters(weeks), ttl: LOCATION_TTL }, tags: districtTags(weeks) };
  });
}
