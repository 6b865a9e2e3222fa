/*
 * Security headers. The ones that never change are set for every path by next.config.ts; the page policy
 * carries a per-request nonce and is set by proxy.ts, which also knows whether the request came over TLS.
 */

/** For every response, pages, API and static files alike. */
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Location for "near me" and the camera for scanning QR codes, only for this origin; nothing else.
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** JSON is never a document: nothing may load from it or frame it. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = "max-age=31536000";

export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The pages' policy. Next puts the nonce on its own scripts (it reads it from this header on the request);
 * 'strict-dynamic' lets those load the page's chunks. `next dev` needs eval for React's debugging and
 * injects styles without a nonce.
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean; tls: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.tls ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Whether the browser reached us over TLS. Behind trusted proxies, the scheme the nearest one reports;
 * otherwise the request URL (Next derives it from the socket or, on a direct connection, X-Forwarded-Proto,
 * which only fools the sender itself: browsers ignore HSTS received over plain HTTP).
 */
export function servedOverTls(headers: Headers, url: URL, trustedHops: number): boolean {
  if (trustedHops > 0) {
    const reported = (headers.get("x-forwarded-proto") ?? "").split(",").at(-1)?.trim().toLowerCase();
    return reported === "https";
  }
  return url.protocol === "https:";
}
