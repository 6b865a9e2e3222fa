import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { certificates } from "@/db/schema";
import type { CountryPack } from "@/lib/country/types";
import { isoDateIn } from "@/lib/time/dates";
import { buildVaccinationPayload } from "./dcc/payload";
import { signHcert } from "./dcc/hcert";
import { currentSigner } from "./keys";
import type { CertificateFacts } from "./queries";

const DAY_MS = 86_400_000;

/**
 * The certificate's QR text: the DCC of the dose it certifies, signed now with the current key. The first
 * signing records the key's id on the row (a later one, after a rotation, signs with the new key; both verify).
 */
export async function signedQrText(db: Db, facts: CertificateFacts, pack: CountryPack, now: Date): Promise<{ qrText: string; expiresAt: Date }> {
  const dose = facts.doses.find((candidate) => candidate.doseNumber === facts.doseNumber);
  const vaccine = dose && pack.vaccines.find((candidate) => candidate.code === dose.vaccineCode);
  if (!dose || !vaccine) throw new Error(`Certificate ${facts.id} has no dose ${facts.doseNumber} with a vaccine of this country pack`);
  const payload = buildVaccinationPayload({
    name: { family: facts.person.name },
    birthDate: String(facts.person.birthYear),
    dose: {
      prophylaxis: vaccine.dccProphylaxis,
      product: vaccine.dccProduct,
      manufacturer: vaccine.dccManufacturer,
      doseNumber: dose.doseNumber,
      // A dose past the primary series (precaution) counts as its own total, as EU issuers do (3/3).
      seriesDoses: Math.max(vaccine.primaryDoses, dose.doseNumber),
      date: isoDateIn(pack.timeZone, dose.administeredAt),
    },
    country: pack.certificate.country,
    issuer: pack.certificate.issuer,
    certificateId: facts.certificateId,
  });
  const signer = currentSigner();
  const expiresAt = new Date(now.getTime() + pack.certificate.validityDays * DAY_MS);
  const qrText = signHcert(payload, { signer, issuerCountry: pack.certificate.country, issuedAt: now, expiresAt });
  if (facts.signingKeyId === null) {
    await db.update(certificates).set({ signingKeyId: signer.kidBase64 }).where(and(eq(certificates.id, facts.id), isNull(certificates.signingKeyId)));
  }
  return { qrText, expiresAt };
}
