import { getToken } from "next-auth/jwt";
import type { Principal } from "./principal";
import { authSecret } from "./secret";

const SECURE_COOKIE = "__Secure-authjs.session-token";

interface CookieList {
  getAll(): { name: string; value: string }[];
  toString(): string;
}

/** What a session token says about its holder; only the database can say whether it still holds. */
export interface SessionClaims {
  principal?: Principal;
  /** Epoch ms; citizens and staff have different session lengths within one Auth.js config. */
  principalExpiresAt?: number;
  /** The holder's session version at sign-in; a sign-out bumps the stored one. */
  sessionVersion?: number;
}

/**
 * Reads the session read-only. Unlike `auth()`, it never writes a refreshed cookie: inside the
 * sign-out action that would bring back the session just deleted. Pass `await cookies()` in pages and
 * actions (it reflects cookies changed earlier in the same request) or `request.cookies` in the proxy.
 */
export async function claimsFromCookies(cookies: CookieList): Promise<SessionClaims | null> {
  return getToken({
    req: { headers: { cookie: cookies.toString() } },
    secret: authSecret(),
    // Auth.js picks the __Secure- name behind HTTPS (including behind a TLS-terminating proxy).
    secureCookie: cookies.getAll().some((cookie) => cookie.name.startsWith(SECURE_COOKIE)),
  });
}

export function claimsAreCurrent(claims: SessionClaims | null, now = Date.now()): claims is SessionClaims & { principal: Principal } {
  return Boolean(claims?.principal && claims.principalExpiresAt && claims.principalExpiresAt > now);
}

/**
 * The principal the token names, if it has not expired. Not proof of a live session (a signed-out copy
 * still decodes): decisions go through `currentCitizen`/`currentStaff`, which check the session version.
 */
export async function principalFromCookies(cookies: CookieList): Promise<Principal | null> {
  const claims = await claimsFromCookies(cookies);
  return claimsAreCurrent(claims) ? claims.principal : null;
}
