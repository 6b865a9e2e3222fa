import { describe, expect, it, vi } from "vitest";
import { clientIp } from "@/lib/audit/record";
import { prebuiltBody } from "@/lib/api/prebuilt-body";
import { publicGet, type PublicGetDeps } from "./api-response";

const allow: PublicGetDeps = { rule: null, consume: vi.fn(), address: () => null };
// Behind one trusted proxy: the last X-Forwarded-For entry is the caller.
const behindProxy = (headers: Headers) => clientIp(headers, 1);
const get = (query: string, headers: Record<string, string> = {}) => new Request(`http://localhost/x?${query}`, { headers });

describe("publicGet", () => {
  it("answers valid input with the JSON body, open CORS and no caching by intermediaries", async () => {
    const answer = vi.fn(async (v: { district_id: number; date: string }) => prebuiltBody(v));
    const response = await publicGet(get("district_id=294&date=05-12-2026"), ["district_id", "date"], answer, { deps: allow });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ district_id: 294, date: "2026-12-05" });
    expect(response.headers.get("etag")).toBe(prebuiltBody({ district_id: 294, date: "2026-12-05" }).etag);
  });

  it("answers 304 with no body when the client holds the same answer, and the full answer when it holds another", async () => {
    const body = prebuiltBody({ centers: [] });
    const answer = async () => body;
    const again = await publicGet(get("date=05-12-2026", { "if-none-match": body.etag }), ["date"], answer, { deps: allow });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(body.etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.text()).toBe("");
    const changed = await publicGet(get("date=05-12-2026", { "if-none-match": '"an-older-answer"' }), ["date"], answer, { deps: allow });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ centers: [] });
  });

  it.each([
    ["district_id=294&date=2026-12-05", "INVALID_DATE"],
    ["district_id=294&date=31-02-2026", "INVALID_DATE"],
    ["district_id=294", "INVALID_DATE"],
    ["district_id=abc&date=05-12-2026", "INVALID_DISTRICT_ID"],
    ["district_id=-4&date=05-12-2026", "INVALID_DISTRICT_ID"],
    ["district_id=0&date=05-12-2026", "INVALID_DISTRICT_ID"],
    ["district_id=1.5&date=05-12-2026", "INVALID_DISTRICT_ID"],
    ["date=05-12-2026", "INVALID_DISTRICT_ID"],
  ])("%s → 400 %s, never touching data", async (query, errorCode) => {
    const answer = vi.fn(async () => prebuiltBody({}));
    const response = await publicGet(get(query), ["district_id", "date"], answer, { deps: allow });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ errorCode, error: expect.any(String) });
    expect(answer).not.toHaveBeenCalled();
  });

  it("answers a malformed PIN as CoWIN did", async () => {
    const response = await publicGet(get("pincode=56&date=05-12-2026"), ["pincode", "date"], async () => prebuiltBody({}), { deps: allow });
    expect(await response.json()).toEqual({ errorCode: "APPOIN0018", error: "Invalid Pincode" });
  });

  it("refuses callers over the limit with the configured status and Retry-After", async () => {
    const consume = vi.fn(async () => ({ allowed: false, remaining: 0, resetAt: new Date(Date.now() + 30_000) }));
    const answer = vi.fn(async () => prebuiltBody({}));
    const response = await publicGet(get("date=05-12-2026", { "x-forwarded-for": "10.0.0.9" }), ["date"], answer, {
      deps: { consume, rule: { limit: 100, windowSeconds: 300, status: 403 }, address: behindProxy },
    });
    expect(response.status).toBe(403);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(consume).toHaveBeenCalledWith("public-api:10.0.0.9", expect.objectContaining({ limit: 100 }));
    expect(answer).not.toHaveBeenCalled();
  });

  it("lets requests through when the counter store is down", async () => {
    const consume = vi.fn(async () => {
      throw new Error("redis down");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await publicGet(get("date=05-12-2026"), ["date"], async () => prebuiltBody({}), { deps: { consume, rule: { limit: 1, windowSeconds: 1, status: 429 }, address: behindProxy } });
    expect(response.status).toBe(200);
  });
});
