import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "../client";
import { migrateDatabase } from "../migrate";

export const defaultTestDatabaseUrl = "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase extends DbHandle {
  /** Drops the database (PostgreSQL) or closes the in-memory instance (PGlite). */
  destroy(): Promise<void>;
}

/** A brand-new, migrated database for one test file, on the engine TEST_DB_ENGINE names. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const engine = process.env.TEST_DB_ENGINE ?? "pglite";
  if (engine === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://" });
    await migrateDatabase(handle);
    return { ...handle, destroy: handle.close };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? defaultTestDatabaseUrl;
  assertLocal(adminUrl);
  const name = `vaxport_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(adminUrl, name);
  const handle = await openDatabase({ url, poolMax: 20 });
  await migrateDatabase(handle);
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Tests create and drop databases: never let them near a server that is not on this machine. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run database tests against non-local host ${host}`);
  }
}
