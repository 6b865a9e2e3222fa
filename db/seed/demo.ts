import type { Db } from "@/db/client";
import { facilities, facilityVaccineFees, postalCodes, sessions, slots, staffUsers, stockBatches } from "@/db/schema";
import type { CountryGeography, CountryPack } from "@/lib/country/types";
import { insertBatched } from "./batch";
import { planFacilities, planPostalCodes } from "./demo-places";
import { planSessions, planStock, type SlotRow } from "./demo-sessions";
import { planDemoStaff } from "./demo-staff";
import { createRandom, demoSeed } from "./random";

export interface DemoCounts {
  postalCodes: number;
  facilities: number;
  facilityVaccineFees: number;
  sessions: number;
  slots: number;
  stockBatches: number;
  staffUsers: number;
}

export interface DemoOptions {
  /** The country's today, 'YYYY-MM-DD': the first session day. */
  today: string;
  /** One scrypt hash of the demo password, shared by every demo account. */
  passwordHash: string;
}

/** Fake facilities, a week of sessions with slots, stock and staff accounts, all from the pack's demo section. */
export async function seedDemo(db: Db, pack: CountryPack, geography: CountryGeography, options: DemoOptions): Promise<DemoCounts> {
  const random = createRandom(demoSeed(pack.code));
  const { demo } = pack;
  const vaccines = new Map(pack.vaccines.map((v) => [v.code, v]));

  const cityPostalCodes = planPostalCodes(demo, random);
  const postalRows = cityPostalCodes.flat();
  await insertBatched(postalRows, (batch) => db.insert(postalCodes).values(batch).onConflictDoNothing());

  const plans = planFacilities(demo, geography, [...vaccines.keys()], cityPostalCodes, random);
  // Facility ids come from an identity column; names are unique in the plan, so they map ids back.
  const idByName = new Map<string, number>();
  await insertBatched(plans, async (batch) => {
    const inserted = await db
      .insert(facilities)
      .values(batch.map((plan) => plan.facility))
      .returning({ id: facilities.id, name: facilities.name });
    for (const { id, name } of inserted) idByName.set(name, id);
  });
  const placed = plans.map(({ facility, vaccineCodes }) => {
    const id = idByName.get(facility.name);
    if (id === undefined) throw new Error(`Demo facility "${facility.name}" was not inserted`);
    return { id, districtId: facility.districtId, stateId: facility.stateId, paid: facility.feeType === "paid", vaccineCodes };
  });

  const fees = placed
    .filter((f) => f.paid)
    .flatMap((f) => f.vaccineCodes.map((code) => ({ facilityId: f.id, vaccineCode: code, fee: demo.privateFees[code] ?? 0 })));
  await insertBatched(fees, (batch) => db.insert(facilityVaccineFees).values(batch).onConflictDoNothing());

  const sessionRows: (typeof sessions.$inferInsert)[] = [];
  const slotRows: SlotRow[] = [];
  const stockRows: (typeof stockBatches.$inferInsert)[] = [];
  for (const f of placed) {
    const planned = planSessions(f, vaccines, demo.privateFees, demo.sessionMinAges, options.today, random);
    sessionRows.push(...planned.sessions);
    slotRows.push(...planned.slots);
    stockRows.push(...planStock(f.id, f.vaccineCodes, options.today, random));
  }
  await insertBatched(sessionRows, (batch) => db.insert(sessions).values(batch));
  await insertBatched(slotRows, (batch) => db.insert(slots).values(batch), 1000);
  await insertBatched(stockRows, (batch) => db.insert(stockBatches).values(batch));

  const first = placed[0];
  const second = placed.find((f) => f.districtId !== first?.districtId);
  if (!first || !second) throw new Error(`The ${pack.code} demo needs facilities in at least two districts`);
  const staffRows = planDemoStaff(first, second, options.passwordHash);
  const insertedStaff = await db.insert(staffUsers).values(staffRows).onConflictDoNothing().returning({ id: staffUsers.id });

  return {
    postalCodes: postalRows.length,
    facilities: placed.length,
    facilityVaccineFees: fees.length,
    sessions: sessionRows.length,
    slots: slotRows.length,
    stockBatches: stockRows.length,
    staffUsers: insertedStaff.length,
  };
}
