import type { Db, Tx } from "@/db";
import { auditLog, type AuditEntry } from "@/db/schema";

/** Appends to the audit log; pass the transaction that made the change so both land or neither does. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/**
 * The client address for the audit trail and rate limits. The first X-Forwarded-For entries are whatever
 * the client sent; each trusted proxy appends the address it saw, so we count VAXPORT_PROXY_HOPS (default 1)
 * from the end. Without a proxy Next fills the header with the socket address.
 */
export function clientIp(headers: Headers, proxyHops = Number(process.env.VAXPORT_PROXY_HOPS ?? 1)): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries[Math.max(0, entries.length - proxyHops)] ?? null;
}
