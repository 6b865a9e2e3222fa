import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffUsers } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { hashPassword } from "./password";
import { attemptStaffSignIn } from "./staff";
import { beginStaffSignIn } from "./staff-throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(staffUsers).values({ username: "nat.admin", passwordHash: await hashPassword("right-password"), displayName: "Nat", role: "national_admin" });
});
afterAll(async () => t?.destroy());

const at = (iso: string) => new Date(`2026-11-29T${iso}Z`);
const plus = (moment: Date, seconds: number) => new Date(moment.getTime() + seconds * 1000);
const attempt = (password: string, ip: string, now: Date) =>
  attemptStaffSignIn(t.db, { username: "Nat.Admin", password, ip, now, rateStore: postgresStore(t.db) });

describe("staff sign-in throttle", () => {
  it("does not let ten wrong passwords from one address lock the owner out at another", async () => {
    const now = at("09:00:00");
    const attacker = [];
    for (let i = 0; i < 10; i++) attacker.push((await attempt("wrong-password", "198.51.100.10", plus(now, i))).ok);
    expect(attacker.every((ok) => !ok)).toBe(true);
    expect(await attempt("right-password", "192.0.2.20", plus(now, 10))).toMatchObject({ ok: true, principal: { username: "nat.admin" } });
  });

  it("lets an address try five times, then makes it wait 1 s, 2 s, 4 s … up to 15 minutes", async () => {
    const store = postgresStore(t.db);
    const gate = (now: Date) => beginStaffSignIn(t.db, "someone", "203.0.113.30", { store, now });
    let now = at("10:00:00");
    for (let i = 0; i < 5; i++) expect(await gate(now)).toEqual({ allowed: true });
    const waits = [];
    for (let i = 0; i < 12; i++) {
      const refused = await gate(now);
      expect(refused.allowed).toBe(false);
      const wait = refused.allowed ? 0 : refused.retryAfterSeconds;
      waits.push(wait);
      now = plus(now, wait);
      expect(await gate(now)).toEqual({ allowed: true });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it("keeps refusing inside the wait without lengthening it", async () => {
    const store = postgresStore(t.db);
    const now = at("11:00:00");
    for (let i = 0; i < 7; i++) await beginStaffSignIn(t.db, "patient", "203.0.113.31", { store, now: plus(now, i * 10) });
    // Seven attempts: the last one (at +60 s) set a 4 s wait.
    expect(await beginStaffSignIn(t.db, "patient", "203.0.113.31", { store, now: plus(now, 61) })).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(await beginStaffSignIn(t.db, "patient", "203.0.113.31", { store, now: plus(now, 62) })).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await beginStaffSignIn(t.db, "patient", "203.0.113.31", { store, now: plus(now, 64) })).toEqual({ allowed: true });
  });

  it("starts a pair again from nothing after a successful sign-in", async () => {
    const now = at("12:00:00");
    for (let i = 0; i < 5; i++) await attempt("wrong-password", "192.0.2.40", plus(now, i));
    expect(await attempt("right-password", "192.0.2.40", plus(now, 6))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await attempt("wrong-password", "192.0.2.40", plus(now, 7 + i))).toEqual({ ok: false, reason: "wrong" });
  });

  it("answers a throttled attempt without checking the password", async () => {
    const now = at("13:00:00");
    for (let i = 0; i < 5; i++) await attempt("wrong-password", "192.0.2.50", now);
    expect(await attempt("right-password", "192.0.2.50", now)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
  });

  it("counts guesses sent at the same moment: five get through, the rest wait", async () => {
    const store = postgresStore(t.db);
    const now = at("14:00:00");
    const gates = await Promise.all(Array.from({ length: 12 }, () => beginStaffSignIn(t.db, "racer", "203.0.113.60", { store, now })));
    expect(gates.filter((gate) => gate.allowed)).toHaveLength(5);
  });

  it("caps one address trying many usernames", async () => {
    const store = postgresStore(t.db);
    const now = at("15:00:00");
    const results = [];
    for (let i = 0; i < 51; i++) results.push((await beginStaffSignIn(t.db, `user${i}`, "203.0.113.50", { store, now })).allowed);
    expect(results.filter(Boolean)).toHaveLength(50);
    expect(results.at(-1)).toBe(false);
  });
});
