import type Redis from "ioredis";
import type { RateLimitStore } from "./types";

/** INCR plus an expiry of two windows, in one round trip. */
export function redisStore(redis: Redis, prefix = "vaxport:rl:"): RateLimitStore {
  return {
    async hit(key, windowStart, windowSeconds) {
      const redisKey = `${prefix}${key}:${windowStart.getTime()}`;
      const results = await redis.multi().incr(redisKey).expire(redisKey, windowSeconds * 2).exec();
      const [incrError, hits] = results?.[0] ?? [new Error("empty Redis reply"), 0];
      if (incrError) throw incrError;
      return Number(hits);
    },
  };
}
