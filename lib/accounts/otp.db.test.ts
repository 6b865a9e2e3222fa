import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditLog, otpChallenges } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import type { OtpRules } from "@/lib/country/types";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { requestOtp, resendStatus, verifyOtp, withdrawOtp } from "./otp";

process.env.VAXPORT_HASH_KEY ??= "test-hash-key";

const rules: OtpRules = { length: 6, validSeconds: 180, maxAttempts: 5, resendAfterSeconds: 60, dailyCapPerMobile: 4, dailyCapPerIp: 6 };
let t: TestDatabase;
let n = 0;
const newMobile = () => `+91987650${String(++n).padStart(4, "0")}`;
const at = (iso: string) => new Date(`2026-11-29T${iso}Z`);

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const request = (mobile: string, now: Date, ip = `10.0.0.${n}`) => requestOtp(t.db, { mobile, ip, rules, now, rateStore: postgresStore(t.db) });
const verify = (mobile: string, code: string, now: Date) => verifyOtp(t.db, { mobile, code, ip: "10.0.0.1", rules, now });

async function sent(mobile: string, now: Date) {
  const result = await request(mobile, now);
  if (result.status !== "sent") throw new Error(`expected a code, got ${result.status}`);
  return result;
}

describe("requestOtp", () => {
  it("stores only a hash of the code", async () => {
    const mobile = newMobile();
    const { code, challengeId } = await sent(mobile, at("08:00:00"));
    const [row] = await t.db.select().from(otpChallenges).where(eq(otpChallenges.id, challengeId));
    expect(row?.codeHash).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(`"${code}"`);
  });

  it("refuses a resend within 60 seconds and allows it after", async () => {
    const mobile = newMobile();
    await sent(mobile, at("08:00:00"));
    expect(await request(mobile, at("08:00:45"))).toEqual({ status: "too_soon", sentAt: at("08:00:00"), retryAfterSeconds: 15 });
    expect((await request(mobile, at("08:01:00"))).status).toBe("sent");
  });

  it("lets only one of two simultaneous requests through", async () => {
    const mobile = newMobile();
    const results = await Promise.all([request(mobile, at("08:00:00")), request(mobile, at("08:00:00"))]);
    expect(results.map((r) => r.status).sort()).toEqual(["sent", "too_soon"]);
  });

  it("caps codes per mobile per day", async () => {
    const mobile = newMobile();
    const statuses = [];
    for (let minute = 0; minute < 5; minute++) statuses.push((await request(mobile, at(`09:0${minute}:00`))).status);
    expect(statuses).toEqual(["sent", "sent", "sent", "sent", "rate_limited"]);
    expect((await request(mobile, new Date("2026-11-30T09:00:00Z"))).status).toBe("sent");
  });

  it("does not count refused 'too soon' requests toward the number's daily cap", async () => {
    const victim = newMobile();
    const owner = "10.9.9.9";
    await sent(victim, at("18:00:00"));
    // Someone else asks for the victim's number ten times inside the wait, from their own address.
    const attacks = [];
    for (let i = 0; i < 10; i++) attacks.push((await request(victim, at(`18:00:${String(10 + i * 4)}`), "198.51.100.66")).status);
    expect(attacks.slice(0, 6)).toEqual(Array(6).fill("too_soon"));
    expect(attacks.slice(6)).toEqual(Array(4).fill("rate_limited")); // the attacker's own address is capped
    // The owner still gets every code the cap allows (4 a day in these rules), and then no more.
    const owners = [];
    for (const time of ["18:01:00", "18:02:00", "18:03:00", "18:04:00"]) owners.push((await request(victim, at(time), owner)).status);
    expect(owners).toEqual(["sent", "sent", "sent", "rate_limited"]);
  });

  it("tells a capped number when its oldest code of the day leaves the window", async () => {
    const mobile = newMobile();
    for (const time of ["19:00:00", "19:01:00", "19:02:00", "19:03:00"]) await sent(mobile, at(time));
    expect(await request(mobile, at("19:04:00"))).toEqual({ status: "rate_limited", retryAt: new Date("2026-11-30T19:00:00Z") });
  });

  it("forgets a withdrawn code: it holds back no resend and uses up no cap", async () => {
    const mobile = newMobile();
    const first = await sent(mobile, at("20:00:00"));
    await withdrawOtp(t.db, first.challengeId);
    expect((await request(mobile, at("20:00:05"))).status).toBe("sent");
  });

  it("reports when the newest code went out and how long a resend must wait", async () => {
    const mobile = newMobile();
    expect(await resendStatus(t.db, mobile, rules, at("21:00:00"))).toBeNull();
    await sent(mobile, at("21:00:00"));
    expect(await resendStatus(t.db, mobile, rules, at("21:00:20"))).toEqual({ sentAt: at("21:00:00"), resendAfterSeconds: 40 });
    expect(await resendStatus(t.db, mobile, rules, at("21:02:00"))).toEqual({ sentAt: at("21:00:00"), resendAfterSeconds: 0 });
  });

  it("caps codes per client address per day, across numbers", async () => {
    const ip = "203.0.113.7";
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(newMobile(), at("10:00:00"), ip)).status);
    expect(statuses.filter((s) => s === "sent")).toHaveLength(6);
    expect(statuses.at(-1)).toBe("rate_limited");
  });

  it("answers a known and an unknown number alike", async () => {
    const known = newMobile();
    await t.db.insert(accounts).values({ mobile: known });
    const [a, b] = [await request(known, at("11:00:00")), await request(newMobile(), at("11:00:00"))];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(a.status).toBe(b.status);
  });
});

describe("verifyOtp", () => {
  it("signs in with the right code once, creating the account, and audits it", async () => {
    const mobile = newMobile();
    const { code } = await sent(mobile, at("12:00:00"));
    const first = await verify(mobile, code, at("12:01:00"));
    expect(first).toMatchObject({ ok: true, mobile, newAccount: true });
    expect(await verify(mobile, code, at("12:01:01"))).toEqual({ ok: false, reason: "expired" });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "citizen.sign_in"));
    expect(audit.some((entry) => first.ok && entry.entityId === first.accountId)).toBe(true);

    const again = await sent(mobile, at("12:05:00"));
    expect(await verify(mobile, again.code, at("12:05:10"))).toMatchObject({ ok: true, newAccount: false, accountId: first.ok ? first.accountId : "" });
  });

  it("expires a code after 3 minutes", async () => {
    const mobile = newMobile();
    const { code } = await sent(mobile, at("13:00:00"));
    expect(await verify(mobile, code, at("13:03:00"))).toEqual({ ok: false, reason: "expired" });
  });

  it("burns the code after 5 wrong tries, even if the right one follows", async () => {
    const mobile = newMobile();
    const { code } = await sent(mobile, at("14:00:00"));
    const wrong = code === "000000" ? "111111" : "000000";
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await verify(mobile, wrong, at("14:00:30")));
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["wrong", "wrong", "wrong", "wrong", "burned"]);
    expect(results[0]).toMatchObject({ attemptsLeft: 4 });
    expect(await verify(mobile, code, at("14:00:40"))).toMatchObject({ ok: false });
  });

  it("never allows more than 5 guesses, however many arrive at once", async () => {
    const mobile = newMobile();
    const { code, challengeId } = await sent(mobile, at("15:00:00"));
    const wrong = code === "000000" ? "111111" : "000000";
    await Promise.all(Array.from({ length: 12 }, () => verify(mobile, wrong, at("15:00:10"))));
    const [row] = await t.db.select().from(otpChallenges).where(eq(otpChallenges.id, challengeId));
    expect(row?.attempts).toBe(5);
    expect(row?.consumedAt).not.toBeNull();
  });

  it("accepts only the newest code after a resend", async () => {
    const mobile = newMobile();
    const old = await sent(mobile, at("16:00:00"));
    const fresh = await sent(mobile, at("16:01:00"));
    if (old.code !== fresh.code) expect(await verify(mobile, old.code, at("16:01:10"))).toMatchObject({ ok: false, reason: "wrong" });
    expect(await verify(mobile, fresh.code, at("16:01:20"))).toMatchObject({ ok: true });
  });

  it("signs in exactly once when the right code is submitted twice at the same moment", async () => {
    const mobile = newMobile();
    const { code } = await sent(mobile, at("17:00:00"));
    const results = await Promise.all([verify(mobile, code, at("17:00:05")), verify(mobile, code, at("17:00:05"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
