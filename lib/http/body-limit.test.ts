import { describe, expect, it } from "vitest";
import { BODY_LIMITS, bodyLimitFor, bodyWithinLimit } from "./body-limit";

function chunked(chunks: number, chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return { stream, pulled: () => pulled };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/auth/callback/staff", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("request body limits", () => {
  it("give route handlers 16 KB and pages (server actions) 64 KB", () => {
    expect(bodyLimitFor("/api/auth/callback/staff")).toBe(BODY_LIMITS.api);
    expect(bodyLimitFor("/api/v2/admin/location/states")).toBe(16 * 1024);
    expect(bodyLimitFor("/account/beneficiaries/new")).toBe(64 * 1024);
    expect(bodyLimitFor("/apis")).toBe(BODY_LIMITS.page);
  });

  it("decide on the declared length without reading the body", async () => {
    const { stream, pulled } = chunked(1000, 16 * 1024);
    expect(await bodyWithinLimit(post(stream, { "content-length": String(10 * 1024 * 1024) }), 16 * 1024)).toBe(false);
    expect(pulled()).toBeLessThanOrEqual(1);
    expect(await bodyWithinLimit(post("a=1", { "content-length": "3" }), 16)).toBe(true);
    expect(await bodyWithinLimit(post("a=1", { "content-length": "nonsense" }), 16)).toBe(false);
  });

  it("read a body of unknown length only until it passes the limit", async () => {
    const big = chunked(640, 16 * 1024); // 10 MB if read to the end
    expect(await bodyWithinLimit(post(big.stream), 16 * 1024)).toBe(false);
    expect(big.pulled()).toBeLessThanOrEqual(3);
    const small = chunked(2, 1024);
    expect(await bodyWithinLimit(post(small.stream), 16 * 1024)).toBe(true);
    expect(await bodyWithinLimit(post(null), 16)).toBe(true);
  });
});
