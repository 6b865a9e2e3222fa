/**
 * A small in-process cache with a time-to-live and single-flight loading: concurrent misses for one key
 * share one load, so a burst of N identical requests costs one database query. For `staleMs` after expiry
 * an entry is still served while one background reload replaces it, so hot keys never make callers wait:
 * an answer is at most ttl + stale + one load old. Entries carry tags (district ids) so a writer can drop
 * everything a change touches, stale or not.
 */
export interface Loaded<T> {
  value: T;
  tags: readonly number[];
}

interface Entry<T> {
  value: Promise<T>;
  /** Pending loads never expire; the clock starts when the data has been read. */
  expiresAt: number;
  tags: readonly number[];
  refreshing?: boolean;
}

export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
    private readonly staleMs = 0,
  ) {}

  get(key: string, load: () => Promise<Loaded<T>>): Promise<T> {
    if (this.ttlMs <= 0) return load().then((l) => l.value);
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit && hit.expiresAt + this.staleMs > now) {
      if (!hit.refreshing) this.refresh(key, hit, load);
      return hit.value;
    }
    if (hit) this.entries.delete(key);

    const entry: Entry<T> = { value: Promise.resolve(undefined as T), expiresAt: Infinity, tags: [] };
    entry.value = load().then(
      (loaded) => {
        entry.expiresAt = this.now() + this.ttlMs;
        entry.tags = loaded.tags;
        return loaded.value;
      },
      (error: unknown) => {
        // Failures are not cached: the next request tries again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, entry);
    this.evictOverflow();
    return entry.value;
  }

  /** Reloads behind a stale entry; the result replaces it unless it was invalidated meanwhile. */
  private refresh(key: string, stale: Entry<T>, load: () => Promise<Loaded<T>>): void {
    stale.refreshing = true;
    load().then(
      (loaded) => {
        if (this.entries.get(key) !== stale) return;
        this.entries.delete(key);
        this.entries.set(key, { value: Promise.resolve(loaded.value), expiresAt: this.now() + this.ttlMs, tags: loaded.tags });
      },
      () => {
        stale.refreshing = false;
      },
    );
  }

  /** Drops every entry tagged with `tag`, and every entry still loading (it may have read old rows). */
  invalidate(tag: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt === Infinity || entry.tags.includes(tag)) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Map order is insertion order: the oldest entries go first. */
  private evictOverflow(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
