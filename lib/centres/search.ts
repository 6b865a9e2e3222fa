import "server-only";
import { getDb } from "@/db";
import { cachedWeeks, districtTags } from "./cache";
import { districtOfPostalCode, weeksByCentre, weeksByDistrict, weeksByPostalCode, weeksNear } from "./queries";
import { byDistance, filterCentres, sessionMatches, weekWindow, type SessionFilters } from "./rules";
import type { SearchParams } from "./schemas";
import type { CentreWeek } from "./types";

export type SearchKind = "pin" | "district" | "near";
export type Search =
  | { kind: SearchKind; from: string; weeks: CentreWeek[]; total: number }
  | { kind: "none"; from: string };

const NEAR = { radiusKm: 50, limit: 20 };

/** Which search the URL asks for: near me, then PIN, then district (a state alone only lists districts). */
export function searchKind(params: SearchParams): SearchKind | "none" {
  if (params.lat !== undefined && params.lng !== undefined) return "near";
  if (params.pin) return "pin";
  if (params.district !== undefined) return "district";
  return "none";
}

export function filtersOf(params: SearchParams): SessionFilters {
  return { age: params.age, vaccine: params.vaccine, fee: params.fee, dose: params.dose, available: params.available };
}

/** Runs the search the URL describes; unfiltered results are cached for a few seconds, filters apply per request. */
export async function runSearch(params: SearchParams, today: string): Promise<Search> {
  const kind = searchKind(params);
  const { from, to } = weekWindow(params.from ?? today);
  if (kind === "none") return { kind, from };
  const db = await getDb();
  let weeks: CentreWeek[];
  if (kind === "near") {
    const point = { lat: Math.round(params.lat! * 1000) / 1000, lng: Math.round(params.lng! * 1000) / 1000 };
    weeks = await cachedWeeks(`near:${point.lat}:${point.lng}:${from}`, from, async () => {
      const found = await weeksNear(db, point, NEAR, from, to);
      return { value: found.sort(byDistance), tags: districtTags(found) };
    });
  } else if (kind === "pin") {
    const pin = params.pin!;
    weeks = await cachedWeeks(`pin:${pin}:${from}`, from, async () => {
      const [found, districtId] = await Promise.all([weeksByPostalCode(db, pin, from, to), districtOfPostalCode(db, pin)]);
      return { value: found, tags: districtTags(found, [districtId]) };
    });
  } else {
    const districtId = params.district!;
    weeks = await cachedWeeks(`district:${districtId}:${from}`, from, async () => {
      const found = await weeksByDistrict(db, districtId, from, to);
      return { value: found, tags: districtTags(found, [districtId]) };
    });
  }
  const filtered = filterCentres(weeks, filtersOf(params));
  // Near me keeps centres with no matching session out too: a list of empty cards helps nobody.
  return { kind, from, weeks: filtered, total: weeks.length };
}

/** One centre's week for its own page, narrowed by the search's filters when it came from one. */
export async function centreWeek(centreId: number, from: string, filters: SessionFilters = {}): Promise<CentreWeek["sessions"]> {
  const { to } = weekWindow(from);
  const weeks = await cachedWeeks(`centre:${centreId}:${from}`, from, async () => {
    const found = await weeksByCentre(await getDb(), centreId, from, to);
    return { value: found, tags: districtTags(found) };
  });
  return (weeks[0]?.sessions ?? []).filter((session) => sessionMatches(session, filters));
}
