import { getDbHandle } from "./index";
import { migrateDatabase } from "./migrate";
import { seedOnFirstStart } from "./seed";

/**
 * Run once before serving (instrumentation.ts): migrate, then seed an empty database with the configured
 * country pack (demo staff passwords are hashed there). Kept out of db/index.ts so that pages and queries,
 * which import the client, never pull in migrations, country packs or password hashing.
 */
export async function prepareDatabase(): Promise<void> {
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  await seedOnFirstStart(handle);
}
