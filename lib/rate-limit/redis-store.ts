import type Redis from "ioredis";
import type { RateLimitStore } from "./types";

const UNHIT = "if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end return 0";

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
    async unhit(key, windowStart) {
      // Only a live, positive counter goes down: the key keeps the expiry its first hit gave it.
      await redis.eval(UNHIT, 1, `${prefix}${key}:${windowStart.getTime()}`);
    },
  };
}
