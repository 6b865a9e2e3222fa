import { describe, expect, it } from "vitest";
import { matchesIfNoneMatch, prebuiltBody } from "./prebuilt-body";

describe("prebuilt bodies", () => {
  it("are the JSON text as bytes, with a strong tag that follows the content", () => {
    const body = prebuiltBody({ centers: [{ center_id: 1 }] });
    expect(Buffer.from(body.bytes).toString()).toBe('{"centers":[{"center_id":1}]}');
    expect(body.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(prebuiltBody({ centers: [{ center_id: 1 }] }).etag).toBe(body.etag);
    expect(prebuiltBody({ centers: [{ center_id: 2 }] }).etag).not.toBe(body.etag);
  });

  it("match If-None-Match by the tag, in a list, weak or strong, or by *", () => {
    const { etag } = prebuiltBody({ a: 1 });
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(etag.slice(0, -2) + '"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch("", etag)).toBe(false);
  });
});
