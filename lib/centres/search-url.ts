import type { SearchParams } from "./schemas";

type Query = Partial<Record<keyof SearchParams, string | number | boolean | undefined>>;

/**
 * Centres on one page of results: a district page stays well under 150 KB of HTML (a busy centre has twenty
 * sessions a week, each a Book link, and React's payload repeats the markup), small enough for a slow phone.
 */
export const PAGE_SIZE = 10;

/** A shareable search address: only the parameters that are set, in a stable order. */
export function searchHref(query: Query, path = "/centres"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The part of a search that says where (kept when filters or the week change). */
export function whereOf(params: SearchParams): Query {
  return { pin: params.pin, state: params.state, district: params.district, lat: params.lat, lng: params.lng };
}

export function filtersQuery(params: SearchParams): Query {
  return { age: params.age, vaccine: params.vaccine, fee: params.fee, dose: params.dose, available: params.available };
}

/** Everything a search is, but its page: where, filters, week and whom it is for. */
export function searchQuery(params: SearchParams): Query {
  return { ...whereOf(params), ...filtersQuery(params), from: params.from, for: params.for };
}

/** The same search, on another page (page 1 is left out of the address). */
export function pageHref(params: SearchParams, page: number): string {
  return searchHref({ ...searchQuery(params), page: page > 1 ? page : undefined });
}

/** A centre's own page, carrying the whole search so its filters apply and "Back to search" returns to it. */
export function centreHref(centreId: number, params: SearchParams): string {
  return searchHref({ ...searchQuery(params), page: params.page }, `/centres/${centreId}`);
}

/** Back from a centre's page to the search it came from (its district when it came from nowhere). */
export function backToSearchHref(params: SearchParams, centre: { stateId: number; districtId: number }): string {
  const where = whereOf(params);
  const cameFromSearch = Object.values(where).some((v) => v !== undefined);
  const place = cameFromSearch ? where : { state: centre.stateId, district: centre.districtId };
  return searchHref({ ...place, ...filtersQuery(params), from: params.from, for: params.for, page: params.page });
}

/** The booking page for a session, for the person the search is for when there is one. */
export function bookHref(sessionId: string, forId?: string): string {
  return searchHref({ for: forId }, `/account/book/${sessionId}`);
}

/** Which page to show (clamped to the pages there are) and the slice of items on it. */
export function pageOf<T>(items: readonly T[], requested = 1, size = PAGE_SIZE): { page: number; pages: number; items: T[] } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, requested), pages);
  return { page, pages, items: items.slice((page - 1) * size, page * size) };
}
