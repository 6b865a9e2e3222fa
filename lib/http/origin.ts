import { headers } from "next/headers";

/**
 * This site's origin as the request reached it, for links printed on documents. The Host header is the
 * client's word, so it only ever shapes that client's own document, never a shared or cached one.
 */
export async function requestOrigin(): Promise<string> {
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost";
  const proto = request.get("x-forwarded-proto") ?? "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
