import type { Db } from "@/db/client";
import { districts, states, vaccines } from "@/db/schema";
import type { CountryGeography, CountryPack } from "@/lib/country/types";
import { insertBatched } from "./batch";

export interface ReferenceCounts {
  states: number;
  districts: number;
  vaccines: number;
}

/** States, districts and vaccines of a pack. Rows already present are left alone; counts are rows inserted. */
export async function seedReference(db: Db, pack: CountryPack, geography: CountryGeography): Promise<ReferenceCounts> {
  const counts: ReferenceCounts = { states: 0, districts: 0, vaccines: 0 };

  await insertBatched(geography.states, async (batch) => {
    const rows = batch.map((s) => ({ id: s.id, name: s.name, nameLocal: s.nameLocal ?? null }));
    const inserted = await db.insert(states).values(rows).onConflictDoNothing().returning({ id: states.id });
    counts.states += inserted.length;
  });

  await insertBatched(geography.districts, async (batch) => {
    const rows = batch.map((d) => ({ id: d.id, stateId: d.stateId, name: d.name, nameLocal: d.nameLocal ?? null }));
    const inserted = await db.insert(districts).values(rows).onConflictDoNothing().returning({ id: districts.id });
    counts.districts += inserted.length;
  });

  if (pack.vaccines.length > 0) {
    const inserted = await db
      .insert(vaccines)
      .values(pack.vaccines.map((v) => ({ ...v, mixableWith: [...v.mixableWith] })))
      .onConflictDoNothing()
      .returning({ code: vaccines.code });
    counts.vaccines = inserted.length;
  }
  return counts;
}
