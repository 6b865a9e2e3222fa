import path from "node:path";
import type { DbHandle } from "./client";

const migrationsFolder = () => path.join(process.cwd(), "db", "migrations");
// Any constant: several app instances starting together take turns to migrate.
const MIGRATION_LOCK = 7_240_001;

export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: migrationsFolder() });
    return;
  }
  if (!handle.url) throw new Error("A PostgreSQL handle needs its url to migrate");
  // One dedicated connection, so the session-level advisory lock covers the whole migration.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(handle.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
