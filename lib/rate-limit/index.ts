import { getDb } from "@/db";
import { config } from "@/lib/config";
import { postgresStore } from "./postgres-store";
import { redisStore } from "./redis-store";
import { decide, windowStartFor, type RateDecision, type RateLimitStore, type RateRule } from "./types";

export type { RateDecision, RateRule } from "./types";

const cache = globalThis as unknown as { __vaxportRateStore?: Promise<RateLimitStore> };

/** Redis when REDIS_URL is set (fast enough for every public API request), otherwise the database. */
function appStore(): Promise<RateLimitStore> {
  cache.__vaxportRateStore ??= (async () => {
    const { redisUrl } = config();
    if (redisUrl) {
      const { default: Redis } = await import("ioredis");
      return redisStore(new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }));
    }
    return postgresStore(await getDb());
  })();
  return cache.__vaxportRateStore;
}

/**
 * Counts a hit that can be taken back, for limits on outcomes known only afterwards (such as refusals):
 * reserve before acting, release when the outcome does not count. Exact under concurrency, since every
 * attempt holds its place in the count while it runs.
 */
export async function reserveRateLimit(
  key: string,
  rule: RateRule,
  store?: RateLimitStore,
  now = new Date(),
): Promise<RateDecision & { release(): Promise<void> }> {
  const counter = store ?? (await appStore());
  const windowStart = windowStartFor(now, rule.windowSeconds);
  const hits = await counter.hit(key, windowStart, rule.windowSeconds);
  return { ...decide(hits, rule, windowStart), release: () => counter.unhit(key, windowStart, rule.windowSeconds) };
}

export async function consumeRateLimit(key: string, rule: RateRule, store?: RateLimitStore, now = new Date()): Promise<RateDecision> {
  const windowStart = windowStartFor(now, rule.windowSeconds);
  const hits = await (store ?? (await appStore())).hit(key, windowStart, rule.windowSeconds);
  return decide(hits, rule, windowStart);
}
