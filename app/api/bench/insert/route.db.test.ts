import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { config } from "@/lib/config";
import { POST } from "./route";

// The app's database handle and settings, as db/index.ts and lib/config cache them.
const app = globalThis as unknown as { __vaxportDb?: Promise<DbHandle> };
let database: TestDatabase;
const enabled = () => config().benchRoutes;

beforeAll(async () => {
  database = await createTestDatabase();
  app.__vaxportDb = Promise.resolve(database);
});
afterEach(() => {
  (config() as { benchRoutes: boolean }).benchRoutes = false;
});
afterAll(async () => {
  delete app.__vaxportDb;
  await database.destroy();
});

const inserted = async () => (await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "bench.insert")))[0]!.n;
const post = () => POST(new Request("http://localhost/api/bench/insert", { method: "POST" }), undefined);

describe("POST /api/bench/insert", () => {
  it("is not found, and writes nothing, unless the benchmark's server enables it", async () => {
    expect(enabled()).toBe(false);
    const response = await post();
    expect(response.status).toBe(404);
    expect(await inserted()).toBe(0);
  });

  it("makes exactly one audit row per request when enabled", async () => {
    (config() as { benchRoutes: boolean }).benchRoutes = true;
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect(await inserted()).toBe(2);
  });
});
