import { NextResponse, type NextRequest } from "next/server";
import { signInHref } from "./lib/auth/return-path";
import { principalFromCookies } from "./lib/auth/session-token";

/**
 * Sends signed-out visitors of staff pages to sign in. A convenience only: pages and actions check
 * again on the server. It reads the token without re-issuing it, so it cannot undo a sign-out.
 */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (request.method !== "GET" || path === "/staff/sign-in") return NextResponse.next();
  const kind = path.startsWith("/staff") ? "staff" : "citizen";
  const principal = await principalFromCookies(request.cookies);
  if (principal?.kind === kind) return NextResponse.next();
  return NextResponse.redirect(new URL(signInHref(kind, `${path}${request.nextUrl.search}`), request.url));
}

export const config = { matcher: ["/staff/:path*", "/account/:path*"] };
