import "server-only";
import { getDb } from "@/db";
import { findCentre, listDistricts, listStates } from "./queries";
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
