/**
 * Request bodies this app accepts. Route handlers take a form or nothing (the Auth.js sign-in posts a few
 * hundred bytes); server actions take one form. Larger bodies are refused before they are parsed.
 */
export const BODY_LIMITS = { api: 16 * 1024, page: 64 * 1024 } as const;

/**
 * Next buffers a body for proxy.ts up to this many bytes and silently truncates beyond it. A socket chunk
 * is at most 64 KB, so a truncated copy is always longer than both limits above and is still refused.
 */
export const PROXY_BUFFER_BYTES = 1024 * 1024;

export function bodyLimitFor(pathname: string): number {
  return pathname === "/api" || pathname.startsWith("/api/") ? BODY_LIMITS.api : BODY_LIMITS.page;
}

/**
 * Whether a request body is within `limit`: the declared Content-Length decides without reading anything;
 * a body without one (chunked) is read only until it passes the limit.
 */
export async function bodyWithinLimit(request: Request, limit: number): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return /^\d+$/.test(declared.trim()) && Number(declared) <= limit;
  if (!request.body) return true;
  const reader = request.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return false;
    }
  }
}
