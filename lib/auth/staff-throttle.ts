import { consumeRateLimit } from "@/lib/rate-limit";
import type { RateLimitStore } from "@/lib/rate-limit/types";

/** Every attempt counts, right or wrong: enough for a person who mistypes, far too few to guess a password. */
export const staffSignInRules = {
  perUsername: { limit: 10, windowSeconds: 15 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60 },
};

export async function staffSignInAllowed(username: string, ip: string | null, store?: RateLimitStore, now = new Date()): Promise<boolean> {
  const byUser = await consumeRateLimit(`staff-sign-in:user:${username}`, staffSignInRules.perUsername, store, now);
  if (!byUser.allowed) return false;
  const byIp = await consumeRateLimit(`staff-sign-in:ip:${ip ?? "unknown"}`, staffSignInRules.perIp, store, now);
  return byIp.allowed;
}
