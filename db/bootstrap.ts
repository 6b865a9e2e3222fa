import { config } from "@/lib/config";
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
  // Through PgBouncer in transaction mode, migrations go straight to PostgreSQL (their lock is per session).
  const migrationUrl = config().database.migrationUrl;
  await migrateDatabase(migrationUrl && handle.engine === "postgres" ? { ...handle, url: migrationUrl } : handle);
  await seedOnFirstStart(handle);
}
