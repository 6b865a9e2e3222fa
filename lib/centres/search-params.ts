import type { PostalCodeRules } from "@/lib/country/types";
import { postalCodeSearchParam, searchParamsSchema, type SearchParams } from "./schemas";

type RawParams = Record<string, string | string[] | undefined>;

export interface ReadSearch {
  params: SearchParams;
  /** False when some part of the address was not understood (the rest still applies). */
  understood: boolean;
  /** A postal code that does not look like one: kept as typed, to show it back with what a code looks like. */
  badPin?: string;
}

/** Reads the search page's address. A malformed PIN is set aside and reported on its own field. */
export function readSearchParams(raw: RawParams, postalCode: PostalCodeRules): ReadSearch {
  const typed = Array.isArray(raw.pin) ? raw.pin[0] : raw.pin;
  const pinOk = typed === undefined || typed.trim() === "" || postalCodeSearchParam(postalCode).safeParse(typed).success;
  const parsed = searchParamsSchema.safeParse(pinOk ? raw : { ...raw, pin: undefined });
  return {
    params: parsed.success ? parsed.data : {},
    understood: parsed.success,
    ...(pinOk ? {} : { badPin: typed }),
  };
}
