import { createHash } from "node:crypto";

/**
 * A JSON answer serialised once, kept as bytes with its strong ETag: a cache hit sends these bytes as they
 * are. The tag is a hash of the bytes, so every instance gives the same answer the same tag and a client's
 * `If-None-Match` is answered 304 by whichever instance it reaches.
 */
export interface PrebuiltBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

const encoder = new TextEncoder();

export function prebuiltBody(value: unknown): PrebuiltBody {
  return prebuiltJson(JSON.stringify(value));
}

/** Bytes and ETag of JSON text already written. */
export function prebuiltJson(json: string): PrebuiltBody {
  const bytes = encoder.encode(json);
  return { bytes, etag: `"${createHash("sha1").update(bytes).digest("base64url")}"` };
}

/** Whether an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
