import { randomInt, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildVaccinationPayload } from "../../lib/certificates/dcc/payload";
import { signHcert } from "../../lib/certificates/dcc/hcert";
import { parseSigningKey } from "../../lib/certificates/key-material";
import { generateUvci } from "../../lib/certificates/uvci";
import { withServerDatabase } from "../pages/booking";

// Certificates signed with the key the e2e server (postgres) is configured with (e2e/server.ts): what a
// verifier receives from a holder, made here so the verify specs need no vaccination first.

export const holderName = "Asha Devi Sharma";
const DAY = 86_400_000;

const signer = () => parseSigningKey(fs.readFileSync(path.join(__dirname, "..", "..", "lib", "certificates", "testdata", "signing-key.pem"), "utf8"));

/** A signed HC1 text for `certificateId` (a fresh id when absent), valid for a year from now. */
export function signedSample(certificateId = generateUvci("IN")): string {
  const payload = buildVaccinationPayload({
    name: { family: holderName },
    birthDate: "1985",
    dose: { prophylaxis: "J07BX03", product: "Covishield", manufacturer: "ORG-100001981", doseNumber: 2, seriesDoses: 2, date: "2026-11-01" },
    country: "IN",
    issuer: "Ministry of Health and Family Welfare",
    certificateId,
  });
  const now = Date.now();
  return signHcert(payload, { signer: signer(), issuerCountry: "IN", issuedAt: new Date(now), expiresAt: new Date(now + 365 * DAY) });
}

/** The same text with one character changed (to another Base45 character): its signature no longer holds. */
export function altered(text: string, at = 60): string {
  const swapped = text[at] === "A" ? "B" : "A";
  return `${text.slice(0, at)}${swapped}${text.slice(at + 1)}`;
}

/** A signed sample whose certificate id the server's database holds as revoked. */
export async function revokedSample(baseURL: string): Promise<string> {
  const certificateId = generateUvci("IN");
  await withServerDatabase(baseURL, async (sql) => {
    const [account] = await sql<{ id: string }[]>`insert into accounts (mobile, beneficiary_count) values (${`+9196${randomInt(10_000_000, 99_999_999)}`}, 1) returning id`;
    const [person] = await sql<{ id: string }[]>`
      insert into beneficiaries (account_id, reference_id, name, gender, birth_year, photo_id_type, photo_id_hash, photo_id_last4)
      values (${account!.id}, ${`${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, "0")}`}, ${holderName}, 'female', 1985, 'AADHAAR', ${randomUUID()}, '4321')
      returning id`;
    await sql`insert into certificates (beneficiary_id, certificate_id, kind, dose_number, revoked_at, revocation_reason)
      values (${person!.id}, ${certificateId}, 'final', 2, now(), 'e2e: revoked sample')`;
  });
  return signedSample(certificateId);
}
