import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { accounts, staffUsers } from "@/db/schema";
import type { Principal } from "./principal";
import { claimsAreCurrent, type SessionClaims } from "./session-token";
import { loadActiveStaff } from "./staff";

/**
 * The principal as stored now, or null when the token has expired, was revoked (its session version is
 * behind the stored one), or names someone who is gone or deactivated.
 */
export async function principalForClaims(db: Db, claims: SessionClaims | null, now = Date.now()): Promise<Principal | null> {
  if (!claimsAreCurrent(claims, now) || claims.sessionVersion === undefined) return null;
  const { principal, sessionVersion } = claims;
  if (principal.kind === "staff") return loadActiveStaff(db, principal.id, sessionVersion);
  const [account] = await db
    .select({ id: accounts.id, mobile: accounts.mobile })
    .from(accounts)
    .where(and(eq(accounts.id, principal.accountId), eq(accounts.sessionVersion, sessionVersion)));
  return account ? { kind: "citizen", accountId: account.id, mobile: account.mobile } : null;
}

/** Sign-out: every session issued to this holder so far stops working, copies included. */
export async function revokeSessions(db: Db, claims: SessionClaims | null): Promise<void> {
  const principal = claims?.principal;
  const version = claims?.sessionVersion;
  if (!principal || version === undefined) return;
  // Only a token that is still current can revoke, so replaying an old one does nothing.
  if (principal.kind === "staff") {
    await db
      .update(staffUsers)
      .set({ sessionVersion: version + 1 })
      .where(and(eq(staffUsers.id, principal.id), eq(staffUsers.sessionVersion, version)));
  } else {
    await db
      .update(accounts)
      .set({ sessionVersion: version + 1 })
      .where(and(eq(accounts.id, principal.accountId), eq(accounts.sessionVersion, version)));
  }
}
