import { openDatabase, type Db, type DbHandle } from "./client";

export type { Db, Tx } from "./client";

// Cached on globalThis so dev reloads reuse one connection pool / one embedded instance.
const cache = globalThis as unknown as { __vaxportDb?: Promise<DbHandle> };

/** The app's database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function getDbHandle(): Promise<DbHandle> {
  cache.__vaxportDb ??= openDatabase({
    url: process.env.DATABASE_URL || undefined,
    poolMax: Number(process.env.DATABASE_POOL_MAX ?? 10),
  });
  return cache.__vaxportDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
