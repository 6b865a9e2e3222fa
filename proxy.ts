import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "./lib/api/responses";
import { signInHref } from "./lib/auth/return-path";
import { principalFromCookies } from "./lib/auth/session-token";
import { config as settings } from "./lib/config";
import { bodyLimitFor, bodyWithinLimit } from "./lib/http/body-limit";
import { HSTS, newNonce, pageContentSecurityPolicy, servedOverTls } from "./lib/http/security-headers";

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

/** Every request: refuse an oversized body; pages also get their security policy and, where needed, a sign-in redirect. */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const tooLarge = await refuseLargeBody(request, path);
  if (tooLarge) return tooLarge;
  if (isApi(path)) return NextResponse.next();

  const { nodeEnv, trustedProxyHops } = settings();
  const nonce = newNonce();
  const tls = servedOverTls(request.headers, request.nextUrl, trustedProxyHops);
  const policy = pageContentSecurityPolicy(nonce, { dev: nodeEnv === "development", tls });
  const forwarded = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the policy on the request; x-nonce is for our own <Script>s.
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", policy);
  const response = (await redirectSignedOut(request, path)) ?? NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("content-security-policy", policy);
  if (tls) response.headers.set("strict-transport-security", HSTS);
  return response;
}

/** 413 before anything parses the body; Next's own copy for this function is capped by proxyClientMaxBodySize. */
async function refuseLargeBody(request: NextRequest, path: string): Promise<Response | null> {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const limit = bodyLimitFor(path);
  if (await bodyWithinLimit(request, limit)) return null;
  const message = `Request body too large: at most ${limit / 1024} KB`;
  return isApi(path) ? apiError("PAYLOAD_TOO_LARGE", message, 413) : new NextResponse(message, { status: 413 });
}

/**
 * Sends signed-out visitors of staff pages to sign in. A convenience only: pages and actions check
 * again on the server. It reads the token without re-issuing it, so it cannot undo a sign-out.
 */
async function redirectSignedOut(request: NextRequest, path: string): Promise<NextResponse | null> {
  if (!/^\/(staff|account)(\/|$)/.test(path)) return null;
  if (request.method !== "GET" || path === "/staff/sign-in") return null;
  const kind = path.startsWith("/staff") ? "staff" : "citizen";
  const principal = await principalFromCookies(request.cookies);
  if (principal?.kind === kind) return null;
  return NextResponse.redirect(new URL(signInHref(kind, `${path}${request.nextUrl.search}`), request.url));
}

export const config = {
  matcher: [
    // Pages, not build assets.
    "/((?!api|_next/static|_next/image|favicon.ico).*)",
    // Route handlers only when a body comes with the request: the public API's GETs never pay for the proxy.
    { source: "/api/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/api/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
