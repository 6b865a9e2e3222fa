import type { SearchParams } from "./schemas";

type Query = Partial<Record<keyof SearchParams, string | number | boolean | undefined>>;

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
