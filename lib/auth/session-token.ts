import { getToken } from "next-auth/jwt";
import type { Principal } from "./principal";
import { authSecret } from "./secret";

const SECURE_COOKIE = "__Secure-authjs.session-token";

interface CookieList {
  getAll(): { name: string; value: string }[];
  toString(): string;
}

/**
 * Reads the session read-only. Unlike `auth()`, it never writes a refreshed cookie: inside the
 * sign-out action that would bring back the session just deleted. Pass `await cookies()` in pages and
 * actions (it reflects cookies changed earlier in the same request) or `request.cookies` in the proxy.
 */
export async function principalFromCookies(cookies: CookieList): Promise<Principal | null> {
  const token = await getToken({
    req: { headers: { cookie: cookies.toString() } },
    secret: authSecret(),
    // Auth.js picks the __Secure- name behind HTTPS (including behind a TLS-terminating proxy).
    secureCookie: cookies.getAll().some((cookie) => cookie.name.startsWith(SECURE_COOKIE)),
  });
  if (!token?.principal || !token.principalExpiresAt || token.principalExpiresAt <= Date.now()) return null;
  return token.principal;
}
