import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "./ttl-cache";

/** A cache bounded by entries only, as most tests need. */
function cacheOf<T>(ttlMs: number, maxEntries: number, now?: () => number, staleMs?: number) {
  return new TtlCache<T>({ ttlMs, maxEntries, now, staleMs, maxBytes: Infinity, sizeOf: () => 0 });
}

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("TtlCache", () => {
  it("shares one load between concurrent misses (single flight)", async () => {
    const cache = cacheOf<string>(3000, 10);
    let release!: (v: { value: string; tags: number[] }) => void;
    const load = vi.fn(() => new Promise<{ value: string; tags: number[] }>((r) => (release = r)));
    const all = Promise.all([cache.get("k", load), cache.get("k", load), cache.get("k", load)]);
    release({ value: "v", tags: [] });
    expect(await all).toEqual(["v", "v", "v"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("serves from memory until the TTL has passed since the load finished", async () => {
    const time = clock();
    const cache = cacheOf<number>(3000, 10, time.now);
    let n = 0;
    const load = async () => ({ value: ++n, tags: [] });
    expect(await cache.get("k", load)).toBe(1);
    time.advance(2999);
    expect(await cache.get("k", load)).toBe(1);
    time.advance(2);
    expect(await cache.get("k", load)).toBe(2);
  });

  it("does not keep failures", async () => {
    const cache = cacheOf<string>(3000, 10);
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", async () => ({ value: "up", tags: [] }))).toBe("up");
  });

  it("invalidating a district drops its entries only", async () => {
    const cache = cacheOf<string>(60_000, 10);
    await cache.get("a", async () => ({ value: "a1", tags: [294] }));
    await cache.get("b", async () => ({ value: "b1", tags: [395] }));
    cache.invalidate(294);
    expect(await cache.get("a", async () => ({ value: "a2", tags: [294] }))).toBe("a2");
    expect(await cache.get("b", async () => ({ value: "b2", tags: [395] }))).toBe("b1");
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = cacheOf<number>(60_000, 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => ({ value: 1, tags: [] }));
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => ({ value: 2, tags: [] }))).toBe(2);
  });

  it("a TTL of 0 turns caching off", async () => {
    const cache = cacheOf<number>(0, 10);
    let n = 0;
    const load = async () => ({ value: ++n, tags: [] });
    await cache.get("k", load);
    expect(await cache.get("k", load)).toBe(2);
  });

  describe("bounded by bytes", () => {
    const bodies = (maxBytes: number, maxEntries = 100) =>
      new TtlCache<string>({ ttlMs: 60_000, maxEntries, maxBytes, sizeOf: (body) => body.length });
    const body = (bytes: number) => async () => ({ value: "x".repeat(bytes), tags: [] });

    it("drops the oldest entries once the values outgrow the budget, however few they are", async () => {
      const cache = bodies(1000);
      await cache.get("a", body(400));
      await cache.get("b", body(400));
      expect(cache.bytes).toBe(800);
      await cache.get("c", body(400));
      expect(cache.size).toBe(2);
      expect(cache.bytes).toBe(800);
      const reload = vi.fn(body(400));
      await cache.get("a", reload);
      expect(reload).toHaveBeenCalledTimes(1);
    });

    it("answers a value bigger than the whole budget without keeping it or evicting the others", async () => {
      const cache = bodies(1000);
      await cache.get("small", body(100));
      expect(await cache.get("huge", body(5000))).toHaveLength(5000);
      expect(cache.size).toBe(1);
      expect(cache.bytes).toBe(100);
      const reload = vi.fn(body(100));
      await cache.get("small", reload);
      expect(reload).not.toHaveBeenCalled();
    });

    it("gives back the bytes of invalidated, replaced and cleared entries", async () => {
      const time = clock();
      const cache = new TtlCache<string>({ ttlMs: 1000, staleMs: 1000, maxEntries: 10, maxBytes: 10_000, sizeOf: (v) => v.length, now: time.now });
      await cache.get("a", async () => ({ value: "x".repeat(300), tags: [1] }));
      await cache.get("b", async () => ({ value: "x".repeat(200), tags: [2] }));
      cache.invalidate(1);
      expect(cache.bytes).toBe(200);
      time.advance(1500);
      await cache.get("b", async () => ({ value: "x".repeat(50), tags: [2] }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(cache.bytes).toBe(50);
      cache.clear();
      expect(cache.bytes).toBe(0);
    });

    it("counts what a kept value grows by, and evicts for it, but not for a value it no longer keeps", async () => {
      const time = clock();
      const cache = new TtlCache<{ n: number }>({ ttlMs: 1000, maxEntries: 10, maxBytes: 1000, sizeOf: () => 100, now: time.now });
      const a = await cache.get("a", async () => ({ value: { n: 1 }, tags: [] }));
      await cache.get("b", async () => ({ value: { n: 2 }, tags: [] }));
      cache.grow("a", a, 300);
      expect(cache.bytes).toBe(500);
      cache.grow("a", { n: 1 }, 300); // not the value kept under "a"
      cache.grow("missing", a, 300);
      expect(cache.bytes).toBe(500);
      cache.grow("a", a, 600); // over the budget: the oldest entry ("a" itself) goes
      expect(cache.size).toBe(1);
      expect(cache.bytes).toBe(100);
      time.advance(1001);
      const b = await cache.get("b", async () => ({ value: { n: 3 }, tags: [] }));
      cache.grow("b", { n: 2 }, 50); // the expired value it replaced
      expect(cache.bytes).toBe(100);
      cache.grow("b", b, 50);
      expect(cache.bytes).toBe(150);
    });

    it("does not count a load that was invalidated before it finished", async () => {
      const cache = bodies(1000);
      let release!: (v: { value: string; tags: number[] }) => void;
      const pending = cache.get("k", () => new Promise((r) => (release = r)));
      cache.invalidate(99);
      release({ value: "x".repeat(300), tags: [] });
      await pending;
      expect(cache.bytes).toBe(0);
      expect(cache.size).toBe(0);
    });
  });

  describe("stale while revalidating", () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it("serves the expired value during the grace window while exactly one reload runs", async () => {
      const time = clock();
      const cache = cacheOf<number>(2000, 10, time.now, 2000);
      let n = 0;
      const load = vi.fn(async () => ({ value: ++n, tags: [7] }));
      expect(await cache.get("k", load)).toBe(1);
      time.advance(2500);
      expect(await Promise.all([cache.get("k", load), cache.get("k", load)])).toEqual([1, 1]);
      expect(load).toHaveBeenCalledTimes(2);
      await settle();
      expect(await cache.get("k", load)).toBe(2);
      expect(load).toHaveBeenCalledTimes(2);
    });

    it("waits for a fresh load once the grace window is over", async () => {
      const time = clock();
      const cache = cacheOf<number>(2000, 10, time.now, 2000);
      let n = 0;
      const load = async () => ({ value: ++n, tags: [] });
      await cache.get("k", load);
      time.advance(4001);
      expect(await cache.get("k", load)).toBe(2);
    });

    it("never serves a stale value after an invalidation, nor lets a late reload bring it back", async () => {
      const time = clock();
      const cache = cacheOf<number>(2000, 10, time.now, 2000);
      let n = 0;
      const load = async () => ({ value: ++n, tags: [7] });
      await cache.get("k", load);
      time.advance(2500);
      expect(await cache.get("k", load)).toBe(1);
      cache.invalidate(7);
      await settle();
      expect(await cache.get("k", load)).toBe(3);
    });
  });
});
