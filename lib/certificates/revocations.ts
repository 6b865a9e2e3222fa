import "server-only";
import { createHash } from "node:crypto";
import { isNotNull, or } from "drizzle-orm";
import type { Db } from "@/db";
import { certificates } from "@/db/schema";

/**
 * What offline verifiers match a scanned certificate against: the first 16 bytes of the SHA-256 of each
 * revoked or superseded certificate id (the EU DCC revocation's UCI hash), base64 — ids, not people.
 */
export function revocationHash(certificateId: string): string {
  return createHash("sha256").update(certificateId, "utf8").digest().subarray(0, 16).toString("base64");
}

export interface RevocationList {
  generatedAt: string;
  hash: "SHA-256/128 of the UVCI (ci), base64";
  entries: string[];
}

export async function revocationList(db: Db, now = new Date()): Promise<RevocationList> {
  const rows = await db
    .select({ certificateId: certificates.certificateId })
    .from(certificates)
    .where(or(isNotNull(certificates.revokedAt), isNotNull(certificates.supersededAt)));
  return { generatedAt: now.toISOString(), hash: "SHA-256/128 of the UVCI (ci), base64", entries: rows.map((row) => revocationHash(row.certificateId)).sort() };
}
