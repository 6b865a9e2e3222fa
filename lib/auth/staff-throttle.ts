import { and, eq, lt, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { staffSignInAttempts } from "@/db/schema";
import { consumeRateLimit } from "@/lib/rate-limit";
import type { RateLimitStore } from "@/lib/rate-limit/types";

export const staffSignInRules = {
  /** Attempts per (username, address) before the delays start: enough for a person who mistypes. */
  freeAttempts: 5,
  maxDelaySeconds: 15 * 60,
  /** A pair with no attempt for this long starts again from nothing. */
  forgetAfterSeconds: 86_400,
  /** Every attempt from one address, whatever the username: one address cannot try many accounts. */
  perIp: { limit: 50, windowSeconds: 15 * 60 },
};

/** The wait after a pair's n-th attempt without success: none for the first few, then 1 s, 2 s, 4 s … up to 15 min. */
export function staffRetryDelaySeconds(failures: number): number {
  if (failures < staffSignInRules.freeAttempts) return 0;
  return Math.min(staffSignInRules.maxDelaySeconds, 2 ** (failures - staffSignInRules.freeAttempts));
}

export type StaffSignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface GateOptions {
  store?: RateLimitStore;
  now?: Date;
}

const secondsUntil = (moment: Date, now: Date) => Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));

/**
 * Takes one attempt for (username, address) before the password is checked, so guesses sent in parallel
 * are all counted; `clearStaffSignInAttempts` forgets them after a success. Throttling per pair means that
 * someone failing at one address never locks the owner out at theirs.
 */
export async function beginStaffSignIn(db: Db, username: string, ip: string | null, { store, now = new Date() }: GateOptions = {}): Promise<StaffSignInGate> {
  // Counted before the transaction: the rate-limit store may be this same (single-connection, embedded) database.
  const byIp = await consumeRateLimit(`staff-sign-in:ip:${ip ?? "unknown"}`, staffSignInRules.perIp, store, now);
  if (!byIp.allowed) return { allowed: false, retryAfterSeconds: secondsUntil(byIp.resetAt, now) };

  const address = ip ?? "unknown";
  const pairIs = and(eq(staffSignInAttempts.username, username), eq(staffSignInAttempts.address, address));
  return db.transaction(async (tx) => {
    const pair = await lockPair(tx, { username, address, now }, pairIs);
    if (pair.blockedUntil > now) return { allowed: false, retryAfterSeconds: secondsUntil(pair.blockedUntil, now) };

    const quiet = now.getTime() - pair.lastAttemptAt.getTime() >= staffSignInRules.forgetAfterSeconds * 1000;
    const failures = (quiet ? 0 : pair.failures) + 1;
    const blockedUntil = new Date(now.getTime() + staffRetryDelaySeconds(failures) * 1000);
    await tx.update(staffSignInAttempts).set({ failures, lastAttemptAt: now, blockedUntil }).where(pairIs);
    return { allowed: true } as const;
  });
}

/**
 * The pair's row, made if missing and locked. A successful sign-in of the same pair may delete the row
 * between the skipped insert and the select: then it is made again (a few tries, then a real fault).
 */
async function lockPair(tx: Tx, pair: { username: string; address: string; now: Date }, pairIs: SQL | undefined) {
  const { username, address, now } = pair;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const created = await tx
      .insert(staffSignInAttempts)
      .values({ username, address, failures: 0, lastAttemptAt: now, blockedUntil: now })
      .onConflictDoNothing()
      .returning({ username: staffSignInAttempts.username });
    if (created.length > 0) {
      // New pairs are the only growth, so that is when quiet ones are cleared away.
      const forgetBefore = new Date(now.getTime() - staffSignInRules.forgetAfterSeconds * 1000);
      await tx.delete(staffSignInAttempts).where(lt(staffSignInAttempts.lastAttemptAt, forgetBefore));
    }
    const [row] = await tx.select().from(staffSignInAttempts).where(pairIs).for("update");
    if (row) return row;
  }
  throw new Error("The staff sign-in attempt row kept disappearing");
}

/** After a successful sign-in: this pair starts again from nothing. */
export async function clearStaffSignInAttempts(db: Db, username: string, ip: string | null): Promise<void> {
  await db
    .delete(staffSignInAttempts)
    .where(and(eq(staffSignInAttempts.username, username), eq(staffSignInAttempts.address, ip ?? "unknown")));
}
