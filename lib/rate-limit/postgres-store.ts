import { lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimits } from "@/db/schema";
import type { RateLimitStore } from "./types";

/** One upsert per hit: the row lock makes concurrent hits count exactly. */
export function postgresStore(db: Db): RateLimitStore {
  return {
    async hit(key, windowStart) {
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
        .returning({ hits: rateLimits.hits });
      return row!.hits;
    },
  };
}

/** Old windows are worthless; callers prune now and then (e.g. once per OTP request). */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
