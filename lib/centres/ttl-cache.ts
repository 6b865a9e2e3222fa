/**
 * A small in-process cache with a time-to-live and single-flight loading: concurrent misses for one key
 * share one load, so a burst of N identical requests costs one database query. For `staleMs` after expiry
 * an entry is still served while one background reload replaces it, so hot keys never make callers wait:
 * an answer is at most ttl + stale + one load old. Entries carry tags (district ids) so a writer can drop
 * everything a change touches, stale or not. Memory is bounded twice: by entries and by the estimated
 * size of the values (`sizeOf`), the oldest going first; a value larger than the whole budget is served
 * but not kept.
 */
export interface Loaded<T> {
  value: T;
  tags: readonly number[];
}

export interface TtlCacheOptions<T> {
  ttlMs: number;
  staleMs?: number;
  maxEntries: number;
  maxBytes: number;
  /** Estimated bytes a value holds in memory. */
  sizeOf: (value: T) => number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  /** Pending loads never expire; the clock starts when the data has been read. */
  expiresAt: number;
  tags: readonly number[];
  /** 0 while loading. */
  bytes: number;
  /** The value, once loaded. */
  loaded?: T;
  refreshing?: boolean;
}

export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private totalBytes = 0;
  private readonly ttlMs: number;
  private readonly staleMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: T) => number;
  private readonly now: () => number;

  constructor(options: TtlCacheOptions<T>) {
    this.ttlMs = options.ttlMs;
    this.staleMs = options.staleMs ?? 0;
    this.maxEntries = options.maxEntries;
    this.maxBytes = options.maxBytes;
    this.sizeOf = options.sizeOf;
    this.now = options.now ?? Date.now;
  }

  get(key: string, load: () => Promise<Loaded<T>>): Promise<T> {
    if (this.ttlMs <= 0) return load().then((l) => l.value);
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit && hit.expiresAt + this.staleMs > now) {
      if (!hit.refreshing) this.refresh(key, hit, load);
      return hit.value;
    }
    if (hit) this.remove(key);

    const entry: Entry<T> = { value: Promise.resolve(undefined as T), expiresAt: Infinity, tags: [], bytes: 0 };
    entry.value = load().then(
      (loaded) => {
        entry.expiresAt = this.now() + this.ttlMs;
        entry.tags = loaded.tags;
        entry.loaded = loaded.value;
        if (this.entries.get(key) === entry) this.account(key, entry, loaded.value);
        return loaded.value;
      },
      (error: unknown) => {
        // Failures are not cached: the next request tries again.
        if (this.entries.get(key) === entry) this.remove(key);
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
        this.remove(key);
        const fresh: Entry<T> = { value: Promise.resolve(loaded.value), expiresAt: this.now() + this.ttlMs, tags: loaded.tags, bytes: 0, loaded: loaded.value };
        this.entries.set(key, fresh);
        this.account(key, fresh, loaded.value);
      },
      () => {
        stale.refreshing = false;
      },
    );
  }

  /**
   * Counts `bytes` more for a value that grew after it was loaded (answers memoised inside it), if it is still
   * the value kept under `key`; the budget then evicts as for any entry.
   */
  grow(key: string, value: T, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry || entry.loaded !== value || entry.bytes === 0) return;
    entry.bytes += bytes;
    this.totalBytes += bytes;
    if (entry.bytes > this.maxBytes) this.remove(key);
    this.evictOverflow();
  }

  /** Drops every entry tagged with `tag`, and every entry still loading (it may have read old rows). */
  invalidate(tag: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt === Infinity || entry.tags.includes(tag)) this.remove(key);
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes held by loaded values. */
  get bytes(): number {
    return this.totalBytes;
  }

  private account(key: string, entry: Entry<T>, value: T): void {
    entry.bytes = this.sizeOf(value);
    this.totalBytes += entry.bytes;
    if (entry.bytes > this.maxBytes) this.remove(key);
    this.evictOverflow();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalBytes -= entry.bytes;
    this.entries.delete(key);
  }

  /** Map order is insertion order: the oldest entries go first. Loading entries free no bytes, so they stay. */
  private evictOverflow(): void {
    for (const [key, entry] of this.entries) {
      const tooMany = this.entries.size > this.maxEntries;
      if (!tooMany && this.totalBytes <= this.maxBytes) break;
      if (tooMany || entry.bytes > 0) this.remove(key);
    }
  }
}
