import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageOutbox } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { getCountryPack } from "@/lib/country";
import type { OtpRules } from "@/lib/country/types";
import { devSender } from "@/lib/messaging/dev-sender";
import type { SmsSender } from "@/lib/messaging/types";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { verifyOtp } from "./otp";
import { sendSignInCode } from "./send-code";

process.env.VAXPORT_HASH_KEY ??= "test-hash-key";

const rules: OtpRules = { length: 6, validSeconds: 180, maxAttempts: 5, resendAfterSeconds: 60, dailyCapPerMobile: 10, dailyCapPerIp: 100 };
const phone = getCountryPack("IN").phone;
let t: TestDatabase;
let n = 0;
const newMobile = () => `+91987651${String(++n).padStart(4, "0")}`;
const at = (iso: string) => new Date(`2026-11-29T${iso}Z`);

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const send = (mobile: string, sender: SmsSender, now: Date) =>
  sendSignInCode(t.db, { mobile, ip: "10.0.0.1", rules, sender, text: (code) => `${code} is your code`, now, rateStore: postgresStore(t.db) });

describe("sendSignInCode with the development sender", () => {
  it("gives the code back to the request that asked, bound to that number's challenge, and logs neither code nor number", async () => {
    const lines: string[] = [];
    const sender = devSender(t.db, phone, (line) => lines.push(line));
    const [mine, theirs] = [newMobile(), newMobile()];
    const a = await send(mine, sender, at("08:00:00"));
    const b = await send(theirs, sender, at("08:00:00"));
    if (a.status !== "sent" || b.status !== "sent" || !a.demoCode || !b.demoCode) throw new Error("expected demo codes");

    if (a.demoCode !== b.demoCode) expect(await verifyOtp(t.db, { mobile: theirs, code: a.demoCode, ip: null, rules, now: at("08:00:10") })).toMatchObject({ ok: false, reason: "wrong" });
    expect(await verifyOtp(t.db, { mobile: mine, code: a.demoCode, ip: null, rules, now: at("08:00:20") })).toMatchObject({ ok: true, mobile: mine });

    expect(lines).toHaveLength(2);
    for (const [line, mobile, code] of [[lines[0]!, mine, a.demoCode], [lines[1]!, theirs, b.demoCode]]) {
      expect(line).not.toContain(code);
      expect(line).not.toContain(mobile!.slice(3));
      expect(line).toContain(`+91 ••••••${mobile!.slice(-4)}`);
    }
    // The table is still written (a record of what was "sent"), but no code path reads it back out.
    expect(await t.db.select().from(messageOutbox).where(eq(messageOutbox.recipient, mine))).toHaveLength(1);
  });

  it("never repeats the code when a second request comes too soon", async () => {
    const mobile = newMobile();
    const sender = devSender(t.db, phone, () => {});
    await send(mobile, sender, at("09:00:00"));
    expect(await send(mobile, sender, at("09:00:30"))).toEqual({ status: "too_soon", sentAt: at("09:00:00"), retryAfterSeconds: 30 });
  });
});

describe("sendSignInCode with a real gateway", () => {
  it("never returns the code", async () => {
    const delivered: string[] = [];
    const gateway: SmsSender = { name: "http", send: async ({ text }) => void delivered.push(text) };
    const result = await send(newMobile(), gateway, at("10:00:00"));
    expect(result).toEqual({ status: "sent", sentAt: at("10:00:00"), resendAfterSeconds: 60 });
    expect(delivered).toHaveLength(1);
  });

  it("withdraws a code the gateway could not send, so asking again is not 'too soon'", async () => {
    const mobile = newMobile();
    const down: SmsSender = { name: "http", send: async () => Promise.reject(new Error("gateway down")) };
    expect(await send(mobile, down, at("11:00:00"))).toEqual({ status: "send_failed" });
    const up: SmsSender = { name: "http", send: async () => {} };
    expect((await send(mobile, up, at("11:00:05"))).status).toBe("sent");
  });
});
