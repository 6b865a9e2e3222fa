import { isIP } from "node:net";
import type { Db, Tx } from "@/db";
import { auditLog, type AuditEntry } from "@/db/schema";
import { config } from "@/lib/config";

/** Appends to the audit log; pass the transaction that made the change so both land or neither does. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/**
 * The client address for the audit trail and per-address limits, or null when no trusted proxy vouches for
 * one. Next keeps whatever X-Forwarded-For the client sent, so the header's first entries are the client's
 * own words; each trusted proxy appends the address it saw, and the entry the outermost trusted proxy
 * appended sits VAXPORT_TRUSTED_PROXY_HOPS places from the end. With 0 hops, a header shorter than the
 * hops, or an entry that is not an address, nothing is trusted: callers key their limits on null as one
 * shared bucket per purpose and audit no address.
 */
export function clientIp(headers: Headers, trustedHops: number = config().trustedProxyHops): string | null {
  if (trustedHops < 1) return null;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  if (entries.length < trustedHops) return null;
  const address = entries[entries.length - trustedHops]!;
  return isIP(address) ? address : null;
}
