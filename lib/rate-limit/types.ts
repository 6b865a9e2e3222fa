export interface RateRule {
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** When the current window ends: the moment to retry. */
  resetAt: Date;
}

/** A counter store every app instance shares (PostgreSQL or Redis), so limits survive restarts and scale-out. */
export interface RateLimitStore {
  /** Counts one hit against `key` and returns the window's total. */
  hit(key: string, windowStart: Date, windowSeconds: number): Promise<number>;
  /** Takes one hit back from `key`'s window (never below zero). */
  unhit(key: string, windowStart: Date, windowSeconds: number): Promise<void>;
}

export function windowStartFor(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

export function decide(hits: number, rule: RateRule, windowStart: Date): RateDecision {
  return {
    allowed: hits <= rule.limit,
    remaining: Math.max(0, rule.limit - hits),
    resetAt: new Date(windowStart.getTime() + rule.windowSeconds * 1000),
  };
}
