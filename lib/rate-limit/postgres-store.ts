import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimits } from "@/db/schema";
import type { RateLimitStore } from "./types";

/** Kept at least this long, and always two of the hit's own windows: longer than any rule needs. */
const RETENTION_MS = 2 * 86_400_000;

/**
 * One upsert per hit: the row lock makes concurrent hits count exactly. Every `pruneEvery` hits the store
 * deletes finished windows itself (Redis expires its keys; this table would otherwise only grow).
 */
export function postgresStore(db: Db, { pruneEvery = 1000 } = {}): RateLimitStore {
  let hitsSincePrune = 0;
  return {
    async hit(key, windowStart, windowSeconds) {
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
        .returning({ hits: rateLimits.hits });
      if (++hitsSincePrune >= pruneEvery) {
        hitsSincePrune = 0;
        const keepMs = Math.max(RETENTION_MS, 2 * windowSeconds * 1000);
        await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(windowStart.getTime() - keepMs)));
      }
      return row!.hits;
    },
    async unhit(key, windowStart) {
      await db
        .update(rateLimits)
        .set({ hits: sql`${rateLimits.hits} - 1` })
        .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart), gt(rateLimits.hits, 0)));
    },
  };
}
