import { config } from "@/lib/config";
import { openDatabase, type Db, type DbHandle } from "./client";

export type { Db, Tx } from "./client";

// Cached on globalThis so dev reloads reuse one connection pool / one embedded instance.
const cache = globalThis as unknown as { __vaxportDb?: Promise<DbHandle> };

/** The app's database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function getDbHandle(): Promise<DbHandle> {
  const { url, poolMax, prepare, dataDir } = config().database;
  cache.__vaxportDb ??= openDatabase({ url, poolMax, prepare, dataDir });
  return cache.__vaxportDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
