import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { accounts, otpChallenges } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { keyedHash, keyedHashMatches } from "@/lib/auth/keyed-hash";
import type { OtpRules } from "@/lib/country/types";
import { consumeRateLimit } from "@/lib/rate-limit";
import type { RateLimitStore } from "@/lib/rate-limit/types";
import { generateOtp, otpHashInput, secondsUntilResend } from "./otp-rules";

const DAY_SECONDS = 86_400;

export type OtpRequestResult =
  | { status: "sent"; challengeId: string; code: string; sentAt: Date; resendAfterSeconds: number }
  | { status: "too_soon"; sentAt: Date; retryAfterSeconds: number }
  | { status: "rate_limited"; retryAt: Date };

interface OtpRequest {
  mobile: string;
  ip: string | null;
  rules: OtpRules;
  now?: Date;
  rateStore?: RateLimitStore;
}

/**
 * Issues a code for a mobile number. The answer never depends on whether an account exists.
 * Per number, requests are serialised by an advisory lock, so two at once cannot both pass the resend wait.
 * The caller sends the code (outside the transaction), never stores it, and withdraws it if sending fails.
 */
export async function requestOtp(db: Db, { mobile, ip, rules, now = new Date(), rateStore }: OtpRequest): Promise<OtpRequestResult> {
  // The per-address cap counts every request (it only ever holds back the address asking). Counted before
  // the transaction: the database store may be this same (single-connection, embedded) database.
  const perIp = await consumeRateLimit(`otp:ip:${ip ?? "unknown"}`, { limit: rules.dailyCapPerIp, windowSeconds: DAY_SECONDS }, rateStore, now);
  if (!perIp.allowed) return { status: "rate_limited", retryAt: perIp.resetAt };

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`otp:${mobile}`}))`);
    // The per-number cap counts codes actually issued in the last day, so requests refused for coming too
    // soon (anyone can make them for any number) never use up the owner's codes.
    const dayAgo = new Date(now.getTime() - DAY_SECONDS * 1000);
    const recent = await tx
      .select({ createdAt: otpChallenges.createdAt })
      .from(otpChallenges)
      .where(and(eq(otpChallenges.mobile, mobile), gt(otpChallenges.createdAt, dayAgo)))
      .orderBy(desc(otpChallenges.createdAt));
    if (recent.length >= rules.dailyCapPerMobile) {
      const oldest = recent[rules.dailyCapPerMobile - 1]!.createdAt;
      return { status: "rate_limited", retryAt: new Date(oldest.getTime() + DAY_SECONDS * 1000) };
    }
    const latest = recent[0]?.createdAt;
    const wait = secondsUntilResend(latest, now, rules);
    if (latest && wait > 0) return { status: "too_soon", sentAt: latest, retryAfterSeconds: wait };

    // Only the newest code is valid: earlier ones are retired.
    await tx
      .update(otpChallenges)
      .set({ consumedAt: now })
      .where(and(eq(otpChallenges.mobile, mobile), isNull(otpChallenges.consumedAt)));
    const code = generateOtp(rules.length);
    const challengeId = crypto.randomUUID();
    await tx.insert(otpChallenges).values({
      id: challengeId,
      mobile,
      codeHash: keyedHash("otp", otpHashInput(challengeId, code)),
      expiresAt: new Date(now.getTime() + rules.validSeconds * 1000),
      requestIp: ip,
      createdAt: now,
    });
    return { status: "sent", challengeId, code, sentAt: now, resendAfterSeconds: rules.resendAfterSeconds };
  });
}

/** A code that could not be sent was never sent: it neither counts toward the cap nor holds back a resend. */
export async function withdrawOtp(db: Db, challengeId: string): Promise<void> {
  await db.delete(otpChallenges).where(eq(otpChallenges.id, challengeId));
}

/** For a page showing the code step again (e.g. after a wrong code): when the newest code went out, and the wait left. */
export async function resendStatus(db: Db, mobile: string, rules: Pick<OtpRules, "resendAfterSeconds">, now = new Date()) {
  const [latest] = await db
    .select({ createdAt: otpChallenges.createdAt })
    .from(otpChallenges)
    .where(eq(otpChallenges.mobile, mobile))
    .orderBy(desc(otpChallenges.createdAt))
    .limit(1);
  return latest ? { sentAt: latest.createdAt, resendAfterSeconds: secondsUntilResend(latest.createdAt, now, rules) } : null;
}

export type OtpVerifyResult =
  | { ok: true; accountId: string; mobile: string; newAccount: boolean; sessionVersion: number }
  | { ok: false; reason: "expired" | "burned" | "wrong"; attemptsLeft?: number };

interface OtpVerification {
  mobile: string;
  code: string;
  ip: string | null;
  rules: OtpRules;
  now?: Date;
}

/**
 * Checks a code. Each guess first takes an attempt with a conditional UPDATE, so parallel guesses can never
 * exceed the limit; the right code is consumed by another conditional UPDATE, so it signs in exactly once.
 */
export async function verifyOtp(db: Db, { mobile, code, ip, rules, now = new Date() }: OtpVerification): Promise<OtpVerifyResult> {
  const [challenge] = await db
    .select()
    .from(otpChallenges)
    .where(and(eq(otpChallenges.mobile, mobile), isNull(otpChallenges.consumedAt)))
    .orderBy(desc(otpChallenges.createdAt))
    .limit(1);
  if (!challenge || challenge.expiresAt <= now) return { ok: false, reason: "expired" };

  const [attempt] = await db
    .update(otpChallenges)
    .set({ attempts: sql`${otpChallenges.attempts} + 1` })
    .where(and(eq(otpChallenges.id, challenge.id), isNull(otpChallenges.consumedAt), lt(otpChallenges.attempts, rules.maxAttempts)))
    .returning({ attempts: otpChallenges.attempts });
  if (!attempt) return { ok: false, reason: "burned" };

  if (!keyedHashMatches("otp", otpHashInput(challenge.id, code), challenge.codeHash)) {
    const attemptsLeft = rules.maxAttempts - attempt.attempts;
    if (attemptsLeft > 0) return { ok: false, reason: "wrong", attemptsLeft };
    await db.update(otpChallenges).set({ consumedAt: now }).where(eq(otpChallenges.id, challenge.id));
    return { ok: false, reason: "burned" };
  }

  return db.transaction(async (tx) => {
    const [consumed] = await tx
      .update(otpChallenges)
      .set({ consumedAt: now })
      .where(and(eq(otpChallenges.id, challenge.id), isNull(otpChallenges.consumedAt)))
      .returning({ id: otpChallenges.id });
    if (!consumed) return { ok: false, reason: "expired" } as const;
    const [account] = await tx
      .insert(accounts)
      .values({ mobile, lastSignInAt: now })
      .onConflictDoUpdate({ target: accounts.mobile, set: { lastSignInAt: now } })
      // xmax = 0 only on a freshly inserted row: tells a first sign-in from a returning one.
      .returning({ id: accounts.id, sessionVersion: accounts.sessionVersion, inserted: sql<boolean>`(xmax = 0)` });
    const newAccount = account!.inserted;
    await recordAudit(tx, { actorType: "citizen", actorId: account!.id, action: "citizen.sign_in", entityType: "account", entityId: account!.id, ip });
    return { ok: true, accountId: account!.id, mobile, newAccount, sessionVersion: account!.sessionVersion } as const;
  });
}
