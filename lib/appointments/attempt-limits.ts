import "server-only";
import type { CountryPack } from "@/lib/country/types";
import { consumeRateLimit } from "@/lib/rate-limit";
import type { RateLimitStore } from "@/lib/rate-limit/types";

/**
 * Counts one booking attempt (refused or not) against the account and the client address, in the store
 * every instance shares. Null while both are within the pack's limits; otherwise how many minutes to wait.
 */
export async function bookingAttemptWait(
  limits: CountryPack["bookingAttempts"],
  accountId: string,
  ip: string | null,
  store?: RateLimitStore,
  now = new Date(),
): Promise<{ minutes: number } | null> {
  const [account, address] = await Promise.all([
    consumeRateLimit(`booking:account:${accountId}`, limits.perAccount, store, now),
    consumeRateLimit(`booking:ip:${ip ?? "unknown"}`, limits.perAddress, store, now),
  ]);
  const blocked = [account, address].filter((d) => !d.allowed);
  if (blocked.length === 0) return null;
  const until = Math.max(...blocked.map((d) => d.resetAt.getTime()));
  return { minutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}
