/**
 * A signed-in citizen's session cookie, minted as Auth.js mints it (lib/auth/session-token.ts reads it):
 * an encrypted JWT under the cookie's name as salt, carrying the principal, when it expires, and the
 * account's session version (lib/auth/session-version.ts checks it against the database on every action).
 */
import { encode } from "next-auth/jwt";
import type { CitizenPrincipal, StaffPrincipal } from "@/lib/auth/principal";

/** The name Auth.js uses over plain HTTP, which is how the bench reaches the server. */
export const SESSION_COOKIE = "authjs.session-token";

export async function citizenSessionCookie(secret: string, citizen: { accountId: string; mobile: string }, sessionVersion = 0): Promise<string> {
  const principal: CitizenPrincipal = { kind: "citizen", accountId: citizen.accountId, mobile: citizen.mobile };
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    maxAge: 60 * 60,
    token: { sub: citizen.accountId, principal, principalExpiresAt: Date.now() + 60 * 60 * 1000, sessionVersion },
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** A signed-in staff member's session cookie; the server re-reads the staff row (role, facility, version) on every action. */
export async function staffSessionCookie(secret: string, principal: StaffPrincipal, sessionVersion = 0): Promise<string> {
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    maxAge: 60 * 60,
    token: { sub: principal.id, principal, principalExpiresAt: Date.now() + 60 * 60 * 1000, sessionVersion },
  });
  return `${SESSION_COOKIE}=${token}`;
}
