import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { consumeRateLimit, reserveRateLimit } from "./index";
import { postgresStore } from "./postgres-store";
import { redisStore } from "./redis-store";
import type { RateLimitStore } from "./types";

let t: TestDatabase;
let redis: Redis;
beforeAll(async () => {
  t = await createTestDatabase();
  redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true });
  await redis.connect();
});
afterAll(async () => {
  await t?.destroy();
  redis?.disconnect();
});

const rule = { limit: 5, windowSeconds: 60 };
const stores: [string, () => RateLimitStore][] = [
  ["postgres", () => postgresStore(t.db)],
  ["redis", () => redisStore(redis, `vaxport:test:${process.pid}:${Date.now()}:`)],
];

describe.each(stores)("%s store", (_name, makeStore) => {
  it("allows the limit, refuses the next hit, and says when to retry", async () => {
    const store = makeStore();
    const now = new Date("2026-11-29T10:00:30Z");
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await consumeRateLimit("otp:+919812345678", rule, store, now));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions[4]?.remaining).toBe(0);
    expect(decisions[5]?.resetAt.toISOString()).toBe("2026-11-29T10:01:00.000Z");
  });

  it("counts concurrent hits exactly", async () => {
    const store = makeStore();
    const now = new Date("2026-11-29T11:00:00Z");
    const decisions = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("ip:10.0.0.9", rule, store, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it("starts afresh in the next window and keeps keys apart", async () => {
    const store = makeStore();
    const first = new Date("2026-11-29T12:00:00Z");
    for (let i = 0; i < 5; i++) await consumeRateLimit("k", rule, store, first);
    expect((await consumeRateLimit("k", rule, store, first)).allowed).toBe(false);
    expect((await consumeRateLimit("other", rule, store, first)).allowed).toBe(true);
    expect((await consumeRateLimit("k", rule, store, new Date("2026-11-29T12:01:00Z"))).allowed).toBe(true);
  });
});

describe.each(stores)("%s store, reservations", (_name, makeStore) => {
  it("takes a released hit back, so only the hits kept count toward the limit", async () => {
    const store = makeStore();
    const now = new Date("2026-11-29T13:00:00Z");
    for (let i = 0; i < 8; i++) await (await reserveRateLimit("outcome", rule, store, now)).release();
    for (let i = 0; i < 5; i++) expect((await reserveRateLimit("outcome", rule, store, now)).allowed).toBe(true);
    expect((await reserveRateLimit("outcome", rule, store, now)).allowed).toBe(false);
  });

  it("holds a place while it runs, so a rush gets exactly the limit", async () => {
    const store = makeStore();
    const now = new Date("2026-11-29T14:00:00Z");
    const decisions = await Promise.all(Array.from({ length: 12 }, () => reserveRateLimit("rush", rule, store, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it("never releases below zero", async () => {
    const store = makeStore();
    const now = new Date("2026-11-29T15:00:00Z");
    const first = await reserveRateLimit("floor", rule, store, now);
    await first.release();
    await first.release();
    await store.unhit("never-hit", now, rule.windowSeconds);
    const after = await reserveRateLimit("floor", rule, store, now);
    expect(after.remaining).toBe(4);
  });
});

describe("postgres store housekeeping", () => {
  it("deletes windows older than two days by itself, and keeps recent ones", async () => {
    const store = postgresStore(t.db, { pruneEvery: 3 });
    await consumeRateLimit("old", rule, store, new Date("2026-11-20T10:00:00Z"));
    await consumeRateLimit("recent", rule, store, new Date("2026-11-29T09:00:00Z"));
    const before = await t.db.select({ n: count() }).from(rateLimits);
    await consumeRateLimit("now", rule, store, new Date("2026-11-29T10:00:00Z"));
    const keys = (await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key);
    expect(keys).not.toContain("old");
    expect(keys).toEqual(expect.arrayContaining(["recent", "now"]));
    expect(before[0]!.n).toBeGreaterThan(keys.length - 1);
  });
});
