import "server-only";
import type { Db } from "@/db";
import { verifyHcert } from "./dcc/hcert";
import { verificationKey } from "./keys";
import { certificateStatus } from "./queries";
import type { VerificationResult, VerifiedHolder } from "./types";
import { MAX_CERTIFICATE_TEXT_LENGTH } from "./verify-schema";


/**
 * Checks a certificate as an offline verifier would — the signature against the published keys and the
 * dates — and then against the revocation list, answering with the least that matches the holder.
 */
export async function verifyCertificateText(db: Db, text: string, now: Date): Promise<VerificationResult> {
  if (text.length > MAX_CERTIFICATE_TEXT_LENGTH) return { status: "invalid", reason: "format" };
  const checked = verifyHcert(text, { keys: verificationKey, now });
  if (!checked.ok) return { status: "invalid", reason: checked.reason };
  // verifyHcert answered "schema" for anything signed that is not a DCC vaccination.
  const { nam, dob, v } = checked.payload;
  const vaccination = v[0]!;
  const holder: VerifiedHolder = {
    name: [nam.gn, nam.fn].filter(Boolean).join(" ") || nam.fnt || "",
    birthYear: dob.slice(0, 4),
    dose: { doseNumber: vaccination.dn, seriesDoses: vaccination.sd, product: vaccination.mp, date: vaccination.dt },
  };
  const certificateId = vaccination.ci;
  const issuer = vaccination.is;
  const status = await certificateStatus(db, certificateId);
  if (status?.revoked) return { status: "revoked", certificateId, issuer, holder, because: "revoked" };
  if (status?.superseded) return { status: "revoked", certificateId, issuer, holder, because: "superseded" };
  return { status: "valid", certificateId, issuer, expiresAt: checked.claims.expiresAt.toISOString(), holder };
}
