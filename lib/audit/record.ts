import type { Db, Tx } from "@/db";
import { auditLog, type AuditEntry } from "@/db/schema";

/** Appends to the audit log; pass the transaction that made the change so both land or neither does. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** The client address as the nearest proxy reports it; only for the audit trail and rate limits. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
