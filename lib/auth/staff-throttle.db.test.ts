import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { staffSignInAllowed } from "./staff-throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

describe("staffSignInAllowed", () => {
  it("allows 10 attempts per username in 15 minutes, then refuses until the window passes", async () => {
    const store = postgresStore(t.db);
    const now = new Date("2026-11-29T10:00:00Z");
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await staffSignInAllowed("vaccinator", `10.1.0.${i}`, store, now));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect(results.at(-1)).toBe(false);
    expect(await staffSignInAllowed("someone.else", "10.1.1.1", store, now)).toBe(true);
    expect(await staffSignInAllowed("vaccinator", "10.1.0.1", store, new Date("2026-11-29T10:15:00Z"))).toBe(true);
  });

  it("caps one address guessing across many usernames", async () => {
    const store = postgresStore(t.db);
    const now = new Date("2026-11-29T11:00:00Z");
    const results = [];
    for (let i = 0; i < 51; i++) results.push(await staffSignInAllowed(`user${i}`, "203.0.113.50", store, now));
    expect(results.filter(Boolean)).toHaveLength(50);
  });
});
