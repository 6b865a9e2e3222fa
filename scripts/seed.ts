/**
 * Seeds a database with a country pack.
 *   tsx scripts/seed.ts [--country IN] [--mode demo|reference]
 * Uses DATABASE_URL when set, otherwise the embedded database (VAXPORT_DATA_DIR or .data/pglite).
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase, type SeedMode } from "@/db/seed";
import { countSeededRows } from "@/db/seed/counts";
import { getCountryPack } from "@/lib/country";

async function main() {
  const { values } = parseArgs({ options: { country: { type: "string" }, mode: { type: "string" } } });
  const mode = values.mode ?? "demo";
  if (mode !== "demo" && mode !== "reference") throw new Error(`--mode must be demo or reference (got "${mode}")`);
  const pack = getCountryPack(values.country ?? process.env.VAXPORT_COUNTRY ?? "IN");
  const handle = await openDatabase({
    url: process.env.DATABASE_URL || undefined,
    dataDir: process.env.VAXPORT_DATA_DIR || undefined,
    prepare: process.env.DATABASE_PREPARE !== "false",
  });
  try {
    await migrateDatabase(handle);
    const started = performance.now();
    const result = await seedDatabase(handle.db, { pack, mode: mode as SeedMode });
    const ms = Math.round(performance.now() - started);
    console.log(
      result.status === "seeded"
        ? `Seeded ${pack.code} (${mode}) on ${handle.engine} in ${ms} ms.`
        : `Already seeded: ${result.marker.country} (${result.marker.mode}) at ${result.marker.seededAt}. Nothing to do.`,
    );
    for (const [table, rows] of Object.entries(await countSeededRows(handle.db))) console.log(`  ${table.padEnd(22)} ${rows}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
