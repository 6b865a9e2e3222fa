import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { accounts, beneficiaries } from "@/db/schema";

/**
 * The mobile number a Reference ID is registered under: where the code to download its certificates goes.
 * Never shown to whoever typed the Reference ID.
 */
export async function mobileForReference(db: Db, referenceId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ mobile: accounts.mobile })
    .from(beneficiaries)
    .innerJoin(accounts, eq(accounts.id, beneficiaries.accountId))
    .where(eq(beneficiaries.referenceId, referenceId));
  return row?.mobile;
}
