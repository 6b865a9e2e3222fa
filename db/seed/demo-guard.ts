import { and, eq, inArray } from "drizzle-orm";
import type { Db, Engine } from "@/db/client";
import { staffUsers } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { Config } from "@/lib/config";
import { demoStaffAccounts, demoStaffPassword } from "./demo-accounts";

/**
 * Active demo staff accounts that still have the password published in the README. Cheap enough for every
 * start: only the demo usernames are read, and each distinct hash is verified once (the demo seed shares one).
 */
export async function accountsWithPublishedPassword(db: Db): Promise<string[]> {
  const usernames = demoStaffAccounts.map((account) => account.username);
  const rows = await db
    .select({ username: staffUsers.username, passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(and(inArray(staffUsers.username, usernames), eq(staffUsers.active, true)));
  const verdicts = new Map<string, Promise<boolean>>();
  const published = await Promise.all(
    rows.map(async ({ username, passwordHash }) => {
      if (!verdicts.has(passwordHash)) verdicts.set(passwordHash, verifyPassword(demoStaffPassword, passwordHash));
      return (await verdicts.get(passwordHash)) ? username : null;
    }),
  );
  return published.filter((username): username is string => username !== null).sort();
}

/** Only a production server on a PostgreSQL server must prove it has no demo accounts, unless a public demo says so. */
export function demoAccountCheckNeeded(settings: Pick<Config, "production" | "allowDemoAccounts">, engine: Engine): boolean {
  return settings.production && engine === "postgres" && !settings.allowDemoAccounts;
}

/** The refusal to start, or null when the found accounts are no reason to refuse. */
export function demoAccountRefusal(found: readonly string[]): string | null {
  if (found.length === 0) return null;
  return (
    `Refusing to start: active staff accounts ${found.join(", ")} still have the published demo password. ` +
    "Change their passwords or deactivate them, or set VAXPORT_ALLOW_DEMO_ACCOUNTS=true for a public demo."
  );
}

/** Run before serving, after seeding. */
export async function assertNoPublishedDemoAccounts(db: Db, engine: Engine, settings: Pick<Config, "production" | "allowDemoAccounts">): Promise<void> {
  if (!demoAccountCheckNeeded(settings, engine)) return;
  const refusal = demoAccountRefusal(await accountsWithPublishedPassword(db));
  if (refusal) throw new Error(refusal);
}
