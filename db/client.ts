import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** The one database type every query is written against, whichever engine runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; accepted wherever a Db is. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Engine = "postgres" | "pglite";

export interface DbHandle {
  db: Db;
  engine: Engine;
  /** Set for PostgreSQL; migrations open their own connection from it. */
  url?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent the embedded engine is used. */
  url?: string;
  /** PGlite directory, or "memory://" for an in-memory database. */
  dataDir?: string;
  poolMax?: number;
  /** false for PgBouncer in transaction mode, which cannot keep prepared statements. */
  prepare?: boolean;
}

export const defaultDataDir = () => path.join(process.cwd(), ".data", "pglite");

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.url) return openPostgres(options.url, options.poolMax, options.prepare);
  return openPglite(options.dataDir ?? defaultDataDir());
}

async function openPostgres(url: string, poolMax = 10, prepare = true): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: poolMax,
    onnotice: () => {},
    prepare,
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, engine: "postgres", url, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  const client = new PGlite(inMemory ? undefined : dataDir);
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite is a single-process database: two processes on one directory corrupt it.
 * A pid file refuses the second opener with a message instead.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = `${dataDir}.lock`;
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is open in process ${holder}. Stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
