import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { staffUsers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { StaffPrincipal } from "./principal";
import { beginStaffSignIn, clearStaffSignInAttempts } from "./staff-throttle";
import type { RateLimitStore } from "@/lib/rate-limit/types";

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** A signed-in staff member and the session version their token carries. */
export interface StaffSession {
  principal: StaffPrincipal;
  sessionVersion: number;
}

/**
 * Checks a username and password. Unknown users, inactive users and wrong passwords all take one
 * password verification and give the same null, so neither the answer nor its timing tells them apart.
 */
export async function authenticateStaff(
  db: Db,
  username: string,
  password: string,
  ip: string | null = null,
): Promise<StaffSession | null> {
  const normalised = normaliseUsername(username);
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.username, normalised)).limit(1);
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.active || !passwordMatches) {
    await recordAudit(db, { actorType: "system", action: "staff.sign_in_refused", entityType: "staff_user", entityId: user?.id ?? null, ip, summary: { username: normalised } });
    return null;
  }
  await db.update(staffUsers).set({ lastSignInAt: new Date() }).where(eq(staffUsers.id, user.id));
  await recordAudit(db, { actorType: "staff", actorId: user.id, action: "staff.sign_in", entityType: "staff_user", entityId: user.id, ip });
  return { principal: toStaffPrincipal(user), sessionVersion: user.sessionVersion };
}

export type StaffSignInResult =
  | ({ ok: true } & StaffSession)
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

interface StaffSignInAttempt {
  username: string;
  password: string;
  ip: string | null;
  now?: Date;
  rateStore?: RateLimitStore;
}

/** A sign-in attempt as the provider makes it: throttled per username and address, then checked. */
export async function attemptStaffSignIn(db: Db, { username, password, ip, now, rateStore }: StaffSignInAttempt): Promise<StaffSignInResult> {
  const normalised = normaliseUsername(username);
  const gate = await beginStaffSignIn(db, normalised, ip, { store: rateStore, now });
  if (!gate.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  const session = await authenticateStaff(db, username, password, ip);
  if (!session) return { ok: false, reason: "wrong" };
  await clearStaffSignInAttempts(db, normalised, ip);
  return { ok: true, ...session };
}

/**
 * Re-reads a staff member for a token carrying `sessionVersion`, so a sign-out, a deactivation or a changed
 * scope takes effect before the token expires.
 */
export async function loadActiveStaff(db: Db, id: string, sessionVersion: number): Promise<StaffPrincipal | null> {
  const [user] = await db
    .select()
    .from(staffUsers)
    .where(and(eq(staffUsers.id, id), eq(staffUsers.sessionVersion, sessionVersion)))
    .limit(1);
  return user?.active ? toStaffPrincipal(user) : null;
}

function toStaffPrincipal(user: typeof staffUsers.$inferSelect): StaffPrincipal {
  return {
    kind: "staff",
    id: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    facilityId: user.facilityId,
    districtId: user.districtId,
    stateId: user.stateId,
  };
}
