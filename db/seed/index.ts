import { eq, sql } from "drizzle-orm";
import type { Db, DbHandle, Engine } from "@/db/client";
import { appSettings } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { config } from "@/lib/config";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import type { CountryPack } from "@/lib/country/types";
import { demoStaffPassword } from "./demo-accounts";
import { seedDemo, type DemoCounts } from "./demo";
import { seedReference, type ReferenceCounts } from "./reference";

export { demoStaffAccounts, demoStaffPassword } from "./demo-accounts";

export type SeedMode = "demo" | "reference";
export interface SeedMarker {
  country: string;
  mode: SeedMode;
  seededAt: string;
}
export type SeedResult =
  | { status: "already-seeded"; marker: SeedMarker }
  | { status: "seeded"; marker: SeedMarker; reference: ReferenceCounts; demo?: DemoCounts };

const SEED_KEY = "seed";
// Any constant: app instances starting together against one PostgreSQL take turns to seed.
const SEED_LOCK = 7_240_002;

/** VAXPORT_SEED, or demo data for the embedded engine and reference data only for a PostgreSQL server. */
export function resolveSeedMode(engine: Engine, value = config().seed): SeedMode | "none" {
  return value ?? (engine === "pglite" ? "demo" : "reference");
}

async function readMarker(db: Db): Promise<SeedMarker | undefined> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SEED_KEY));
  return row?.value as SeedMarker | undefined;
}

/**
 * Seeds a pack in one transaction. Safe to repeat and to race: it takes an advisory lock, then skips
 * when the database already holds this seed (a reference seed can later be topped up with demo data).
 */
export async function seedDatabase(db: Db, options: { pack: CountryPack; mode: SeedMode; today?: Date }): Promise<SeedResult> {
  const { pack, mode } = options;
  // scrypt is slow on purpose: hash once, outside the transaction, and share it across the demo accounts.
  const passwordHash = mode === "demo" ? await hashPassword(demoStaffPassword) : "";
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await readMarker(tx);
    if (existing && existing.country !== pack.code) {
      throw new Error(`This database was seeded with country pack ${existing.country}; it cannot also take ${pack.code}.`);
    }
    if (existing && (existing.mode === "demo" || existing.mode === mode)) return { status: "already-seeded", marker: existing };

    const geography = await pack.geography();
    const reference = await seedReference(tx, pack, geography);
    const today = isoDateIn(pack.timeZone, options.today);
    const demo = mode === "demo" ? await seedDemo(tx, pack, geography, { today, passwordHash }) : undefined;

    const marker: SeedMarker = { country: pack.code, mode, seededAt: new Date().toISOString() };
    await tx
      .insert(appSettings)
      .values({ key: SEED_KEY, value: marker })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: marker, updatedAt: new Date() } });
    return { status: "seeded", marker, reference, demo };
  });
}

/** Called before serving: seeds an empty database with the configured pack, and otherwise does nothing. */
export async function seedOnFirstStart(handle: DbHandle): Promise<void> {
  const mode = resolveSeedMode(handle.engine);
  if (mode === "none") return;
  const pack = getCountryPack();
  const existing = await readMarker(handle.db);
  if (existing) {
    if (existing.country !== pack.code) {
      console.warn(`[seed] database holds country pack ${existing.country} but VAXPORT_COUNTRY is ${pack.code}; not reseeding`);
    }
    return;
  }
  const started = performance.now();
  const result = await seedDatabase(handle.db, { pack, mode });
  if (result.status === "seeded") {
    console.info(`[seed] ${pack.code} ${mode} data seeded in ${Math.round(performance.now() - started)} ms`);
  }
}
