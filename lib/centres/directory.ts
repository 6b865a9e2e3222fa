import "server-only";
import { getDb } from "@/db";
import { findCentre, listDistricts, listStates } from "./queries";
import type { Locale } from "@/lib/i18n/locales";
import { placeOption } from "./place-option";
import type { Centre } from "./types";

// The centre pages' way to reference data; searches go through search.ts.

/** Every state, and the districts of the chosen one (none until a state is chosen). */
export async function loadPlaces(stateId?: number) {
  const db = await getDb();
  const [states, districts] = await Promise.all([listStates(db), stateId !== undefined ? listDistricts(db, stateId) : Promise.resolve([])]);
  return { states, districts };
}

/** One active centre, or undefined. */
export async function loadCentre(id: number): Promise<Centre | undefined> {
  return findCentre(await getDb(), id);
}

/** A state's districts as the search form's options, named in `locale` where the pack can. */
export async function districtOptions(stateId: number, locale: Locale) {
  return (await listDistricts(await getDb(), stateId)).map((d) => placeOption(d.id, d, locale));
}
