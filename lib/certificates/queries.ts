import "server-only";
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db";
import { beneficiaries, certificates, districts, doses, facilities, staffUsers, states } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";

/** A certificate with what its document and its QR state: the person and every dose up to the one it certifies. */
export interface CertificateFacts {
  id: string;
  certificateId: string;
  kind: "provisional" | "final" | "precaution";
  doseNumber: number;
  issuedAt: Date;
  signingKeyId: string | null;
  replacesCertificateId: string | null;
  supersededAt: Date | null;
  revokedAt: Date | null;
  person: { id: string; accountId: string; referenceId: string; name: string; gender: string; birthYear: number; photoIdType: string; photoIdLast4: string };
  doses: DoseFacts[];
}

export interface DoseFacts {
  doseNumber: number;
  vaccineCode: string;
  lot: string;
  administeredAt: Date;
  facility: string;
  district: string;
  state: string;
  /** Null for doses recorded without one (imported records). */
  vaccinator: string | null;
}

const certificateColumns = {
  id: certificates.id,
  certificateId: certificates.certificateId,
  kind: certificates.kind,
  doseNumber: certificates.doseNumber,
  issuedAt: certificates.issuedAt,
  signingKeyId: certificates.signingKeyId,
  replacesCertificateId: certificates.replacesCertificateId,
  supersededAt: certificates.supersededAt,
  revokedAt: certificates.revokedAt,
  person: {
    id: beneficiaries.id,
    accountId: beneficiaries.accountId,
    referenceId: beneficiaries.referenceId,
    name: beneficiaries.name,
    gender: beneficiaries.gender,
    birthYear: beneficiaries.birthYear,
    photoIdType: beneficiaries.photoIdType,
    photoIdLast4: beneficiaries.photoIdLast4,
  },
};

/**
 * One live certificate by its row id, with its facts; undefined when it does not exist, is superseded, or
 * (with `accountId`) belongs to another account — the caller answers all of those alike.
 */
export async function certificateFacts(db: Db, id: string, owner: { accountId?: string; beneficiaryId?: string }): Promise<CertificateFacts | undefined> {
  // No owner named, no certificate: a caller that forgot to scope gets nothing.
  if (!isUuid(id) || (!owner.accountId && !owner.beneficiaryId)) return undefined;
  const [row] = await db
    .select(certificateColumns)
    .from(certificates)
    .innerJoin(beneficiaries, eq(beneficiaries.id, certificates.beneficiaryId))
    .where(
      and(
        eq(certificates.id, id),
        isNull(certificates.supersededAt),
        owner.accountId ? eq(beneficiaries.accountId, owner.accountId) : undefined,
        owner.beneficiaryId ? eq(beneficiaries.id, owner.beneficiaryId) : undefined,
      ),
    );
  if (!row) return undefined;
  return { ...row, doses: await dosesUpTo(db, row.person.id, row.doseNumber) };
}

/** The doses a certificate lists: the person's, up to and including the one it certifies. */
async function dosesUpTo(db: Db, beneficiaryId: string, doseNumber: number): Promise<DoseFacts[]> {
  return db
    .select({
      doseNumber: doses.doseNumber,
      vaccineCode: doses.vaccineCode,
      lot: doses.lot,
      administeredAt: doses.administeredAt,
      facility: facilities.name,
      district: districts.name,
      state: states.name,
      vaccinator: staffUsers.displayName,
    })
    .from(doses)
    .innerJoin(facilities, eq(facilities.id, doses.facilityId))
    .innerJoin(districts, eq(districts.id, facilities.districtId))
    .innerJoin(states, eq(states.id, districts.stateId))
    .leftJoin(staffUsers, eq(staffUsers.id, doses.vaccinatorId))
    .where(and(eq(doses.beneficiaryId, beneficiaryId), lte(doses.doseNumber, doseNumber)))
    .orderBy(asc(doses.doseNumber));
}

/** The live certificates of the people of an account (or of one person), newest dose first, for the family page. */
export async function liveCertificates(db: Db, owner: { accountId: string } | { beneficiaryId: string }) {
  return db
    .select({ id: certificates.id, beneficiaryId: certificates.beneficiaryId, certificateId: certificates.certificateId, kind: certificates.kind, doseNumber: certificates.doseNumber, revokedAt: certificates.revokedAt })
    .from(certificates)
    .innerJoin(beneficiaries, eq(beneficiaries.id, certificates.beneficiaryId))
    .where(
      and(
        isNull(certificates.supersededAt),
        "accountId" in owner ? eq(beneficiaries.accountId, owner.accountId) : eq(beneficiaries.id, owner.beneficiaryId),
      ),
    )
    .orderBy(asc(certificates.beneficiaryId), asc(certificates.doseNumber));
}

/** What a verifier needs about a certificate id: whether it was revoked or replaced. */
export async function certificateStatus(db: Db, certificateId: string): Promise<{ revoked: boolean; superseded: boolean } | undefined> {
  const [row] = await db.select({ revokedAt: certificates.revokedAt, supersededAt: certificates.supersededAt }).from(certificates).where(eq(certificates.certificateId, certificateId));
  return row && { revoked: row.revokedAt !== null, superseded: row.supersededAt !== null };
}
