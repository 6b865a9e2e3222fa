import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { auditLog, certificates } from "@/db/schema";
import { generateUvci } from "./uvci";

/**
 * A dose's details changed (its batch was corrected): the certificate for that dose is superseded and a new
 * one, naming the one it replaces, takes its place. A revocation carries over: a correction is no way out of one.
 * Runs in the caller's transaction; null when the dose has no live certificate.
 */
export async function reissueCertificate(
  tx: Tx,
  dose: { beneficiaryId: string; doseNumber: number },
  country: string,
  now: Date,
): Promise<{ replaced: string; certificateId: string } | null> {
  const [old] = await tx
    .update(certificates)
    .set({ supersededAt: now })
    .where(and(eq(certificates.beneficiaryId, dose.beneficiaryId), eq(certificates.doseNumber, dose.doseNumber), isNull(certificates.supersededAt)))
    .returning();
  if (!old) return null;
  const certificateId = generateUvci(country);
  await tx.insert(certificates).values({
    beneficiaryId: old.beneficiaryId,
    certificateId,
    kind: old.kind,
    doseNumber: old.doseNumber,
    issuedAt: now,
    replacesCertificateId: old.certificateId,
    revokedAt: old.revokedAt,
    revocationReason: old.revocationReason,
  });
  return { replaced: old.certificateId, certificateId };
}

export type RevokeResult = { ok: true } | { ok: false; reason: "notFound" | "alreadyRevoked" };

/** Revokes a certificate with a reason, once; the audit row names who did it. */
export async function revokeCertificate(db: Db, request: { certificateId: string; reason: string; staffId: string; ip: string | null }, now = new Date()): Promise<RevokeResult> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(certificates)
      .set({ revokedAt: now, revocationReason: request.reason })
      .where(and(eq(certificates.certificateId, request.certificateId), isNull(certificates.revokedAt)))
      .returning({ id: certificates.id });
    if (!revoked) {
      const [exists] = await tx.select({ id: certificates.id }).from(certificates).where(eq(certificates.certificateId, request.certificateId));
      return { ok: false, reason: exists ? "alreadyRevoked" : "notFound" };
    }
    await tx.insert(auditLog).values({
      actorType: "staff",
      actorId: request.staffId,
      action: "certificate.revoked",
      entityType: "certificate",
      entityId: revoked.id,
      ip: request.ip,
      summary: { certificateId: request.certificateId, reason: request.reason },
    });
    return { ok: true };
  });
}
