// Demo data comes from a seeded PRNG so every machine gets the same facilities and sessions.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for fake data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick(items) {
      if (items.length === 0) throw new Error("Cannot pick from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/** A seed per country, so each pack's demo is stable on its own. */
export function demoSeed(countryCode: string): number {
  // 16 Jan 2021: the day CoWIN's drive began.
  return [...countryCode].reduce((seed, ch) => Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0, 20210116);
}

/** A point within `radiusKm` of a centre, spread evenly over the disc. */
export function jitter(random: Random, lat: number, lng: number, radiusKm: number): { lat: number; lng: number } {
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const dLat = (distance * Math.cos(angle)) / 111.32;
  const dLng = (distance * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return { lat: round6(lat + dLat), lng: round6(lng + dLng) };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
