import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getCountryPack } from "@/lib/country";
import type { Locale } from "@/lib/i18n/locales";
import type { CertificateDocument } from "@/lib/pdf/certificate";
import { certificateDocument } from "./document";
import { certificateFacts, liveCertificates, type CertificateFacts } from "./queries";
import { signedQrText } from "./sign";

export interface CertificateView {
  facts: CertificateFacts;
  document: CertificateDocument;
  expiresAt: Date;
}

/**
 * A live certificate of one of this account's people, signed now, as the page and the PDF print it;
 * undefined for anyone else's (the caller answers 404, as for a certificate that does not exist).
 */
export async function loadOwnCertificate(accountId: string, id: string, locale: Locale, origin: string, now = new Date()): Promise<CertificateView | undefined> {
  const db = await getDb();
  const facts = await certificateFacts(db, id, { accountId });
  if (!facts) return undefined;
  const pack = getCountryPack();
  const [signed, account, t] = await Promise.all([
    signedQrText(db, facts, pack, now),
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "certificates" }),
  ]);
  const words = { gender: (gender: string) => account(`gender.${gender as "male"}`), unrecorded: t("page.unrecorded") };
  const document = certificateDocument(facts, { qrText: signed.qrText, verifyUrl: `${origin}/verify` }, { pack, locale, words });
  return { facts, document, expiresAt: signed.expiresAt };
}

export interface FamilyCertificate {
  id: string;
  kind: CertificateFacts["kind"];
  doseNumber: number;
  revoked: boolean;
}

/** Each person's live certificates, by person, for the family page. */
export async function loadFamilyCertificates(accountId: string): Promise<Map<string, FamilyCertificate[]>> {
  const rows = await liveCertificates(await getDb(), { accountId });
  const byPerson = new Map<string, FamilyCertificate[]>();
  for (const row of rows) {
    const list = byPerson.get(row.beneficiaryId) ?? [];
    list.push({ id: row.id, kind: row.kind, doseNumber: row.doseNumber, revoked: row.revokedAt !== null });
    byPerson.set(row.beneficiaryId, list);
  }
  return byPerson;
}
