import { prebuiltBody } from "@/lib/api/prebuilt-body";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { clientIp } from "@/lib/audit/record";
import { consumeRateLimit } from "@/lib/rate-limit";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { publicGet, type PublicGetDeps } from "./api-response";

// As the e2e server runs: browsers connect directly, nothing in front to trust.
vi.stubEnv("VAXPORT_TRUSTED_PROXY_HOPS", "0");

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const rule = { limit: 3, windowSeconds: 300, status: 429 };
// One fixed moment inside a window, so a run that straddles a window boundary cannot reset the count midway.
const now = new Date("2026-01-01T00:02:30Z");
/** The app's own address resolution (the configuration's hops) unless a test names the hops. */
const deps = (trustedHops?: number): PublicGetDeps => ({
  consume: (key, r) => consumeRateLimit(key, r, postgresStore(t.db), now),
  rule,
  address: trustedHops === undefined ? undefined : (headers) => clientIp(headers, trustedHops),
});

async function statuses(trustedHops: number | undefined, forwardedFor: (i: number) => string, calls = 6): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < calls; i++) {
    const request = new Request("http://localhost/api/v2/admin/location/states", { headers: { "x-forwarded-for": forwardedFor(i) } });
    seen.push((await publicGet(request, [], async () => prebuiltBody({}), { deps: deps(trustedHops) })).status);
  }
  return seen;
}

describe("the public API limit against a spoofed X-Forwarded-For", () => {
  it("with no trusted proxy, a new made-up address per request still hits the one shared limit", async () => {
    expect(await statuses(undefined, (i) => `198.51.100.${i}`)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it("behind one trusted proxy, only the address it appended counts, not the client's own entries", async () => {
    expect(await statuses(1, (i) => `10.0.0.${i}, 203.0.113.7`)).toEqual([200, 200, 200, 429, 429, 429]);
    // Another client behind the same proxy has a bucket of its own.
    expect(await statuses(1, (i) => `10.0.0.${i}, 203.0.113.8`, 1)).toEqual([200]);
  });
});
