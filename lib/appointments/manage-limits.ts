import "server-only";
import { consumeRateLimit, type RateRule } from "@/lib/rate-limit";

// Booking, rescheduling and cancelling share one budget per account and one per client address, in the
// store every instance shares. Generous per address: mobile carriers put many people behind one (CGNAT).
export const changeRateRules = {
  perAccount: { limit: 30, windowSeconds: 600 },
  perIp: { limit: 600, windowSeconds: 600 },
} as const satisfies Record<string, RateRule>;

/** Counts one attempt against both budgets; false when either is spent. */
export async function allowChangeAttempt(accountId: string, ip: string | null): Promise<boolean> {
  const [account, address] = await Promise.all([
    consumeRateLimit(`booking:account:${accountId}`, changeRateRules.perAccount),
    consumeRateLimit(`booking:ip:${ip ?? "unknown"}`, changeRateRules.perIp),
  ]);
  return account.allowed && address.allowed;
}
