import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDatabase } from "@/db/testing/test-database";
import { GET as health } from "@/app/api/health/route";
import { GET as districts } from "@/app/api/v2/admin/location/districts/[state_id]/route";
import { GET as states } from "@/app/api/v2/admin/location/states/route";
import { GET as calendarByDistrict } from "@/app/api/v2/appointment/sessions/public/calendarByDistrict/route";

// The app's database handle, as db/index.ts caches it: here a real database that has gone away.
const app = globalThis as unknown as { __vaxportDb?: Promise<DbHandle> };
const errors = vi.spyOn(console, "error").mockImplementation(() => {});

beforeAll(async () => {
  const broken = await createTestDatabase();
  await broken.destroy();
  app.__vaxportDb = Promise.resolve(broken);
});
afterAll(() => {
  delete app.__vaxportDb;
  errors.mockRestore();
});

const get = (path: string) => new Request(`http://localhost${path}`);

describe("the API's error boundary, with the database down", () => {
  it.each([
    ["states", () => states(get("/api/v2/admin/location/states"), undefined)],
    ["districts", () => districts(get("/api/v2/admin/location/districts/16"), { params: Promise.resolve({ state_id: "16" }) })],
    ["calendarByDistrict", () => calendarByDistrict(get("/api/v2/appointment/sessions/public/calendarByDistrict?district_id=294&date=05-12-2026"), undefined)],
  ])("%s answers 500 in the API's own shape, with CORS and no detail", async (_, call) => {
    const response = await call();
    expect(response.status).toBe(500);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toEqual({ errorCode: "INTERNAL_ERROR", error: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/at |\.ts|postgres|pglite|closed|ended/i);
  });

  it("logs what failed on the server", () => {
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("[api] GET /api/v2/"), expect.anything());
  });

  it("still lets the health check say the database is unavailable", async () => {
    const response = await health(get("/api/health"), undefined);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });
});
