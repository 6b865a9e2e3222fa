import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "./ttl-cache";

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("TtlCache", () => {
  it("shares one load between concurrent misses (single flight)", async () => {
    const cache = new TtlCache<string>(3000, 10);
    let release!: (v: { value: string; tags: number[] }) => void;
    const load = vi.fn(() => new Promise<{ value: string; tags: number[] }>((r) => (release = r)));
    const all = Promise.all([cache.get("k", load), cache.get("k", load), cache.get("k", load)]);
    release({ value: "v", tags: [] });
    expect(await all).toEqual(["v", "v", "v"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("serves from memory until the TTL has passed since the load finished", async () => {
    const time = clock();
    const cache = new TtlCache<number>(3000, 10, time.now);
    let n = 0;
    const load = async () => ({ value: ++n, tags: [] });
    expect(await cache.get("k", load)).toBe(1);
    time.advance(2999);
    expect(await cache.get("k", load)).toBe(1);
    time.advance(2);
    expect(await cache.get("k", load)).toBe(2);
  });

  it("does not keep failures", async () => {
    const cache = new TtlCache<string>(3000, 10);
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", async () => ({ value: "up", tags: [] }))).toBe("up");
  });

  it("invalidating a district drops its entries only", async () => {
    const cache = new TtlCache<string>(60_000, 10);
    await cache.get("a", async () => ({ value: "a1", tags: [294] }));
    await cache.get("b", async () => ({ value: "b1", tags: [395] }));
    cache.invalidate(294);
    expect(await cache.get("a", async () => ({ value: "a2", tags: [294] }))).toBe("a2");
    expect(await cache.get("b", async () => ({ value: "b2", tags: [395] }))).toBe("b1");
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = new TtlCache<number>(60_000, 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => ({ value: 1, tags: [] }));
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => ({ value: 2, tags: [] }))).toBe(2);
  });

  it("a TTL of 0 turns caching off", async () => {
    const cache = new TtlCache<number>(0, 10);
    let n = 0;
    const load = async () => ({ value: ++n, tags: [] });
    await cache.get("k", load);
    expect(await cache.get("k", load)).toBe(2);
  });

  describe("stale while revalidating", () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it("serves the expired value during the grace window while exactly one reload runs", async () => {
      const time = clock();
      const cache = new TtlCache<number>(2000, 10, time.now, 2000);
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
      const cache = new TtlCache<number>(2000, 10, time.now, 2000);
      let n = 0;
      const load = async () => ({ value: ++n, tags: [] });
      await cache.get("k", load);
      time.advance(4001);
      expect(await cache.get("k", load)).toBe(2);
    });

    it("never serves a stale value after an invalidation, nor lets a late reload bring it back", async () => {
      const time = clock();
      const cache = new TtlCache<number>(2000, 10, time.now, 2000);
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
