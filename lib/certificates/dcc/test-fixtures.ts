import { generateKeyPairSync } from "node:crypto";
import { parseSigningKey, type SigningKey } from "@/lib/certificates/key-material";
import { generateUvci } from "@/lib/certificates/uvci";
import { buildVaccinationPayload, type VaccinationPayloadInput } from "./payload";

/** Test helpers: a fresh signing key, and a realistic payload (Covishield, dose 2 of 2, issued in India). */
export function newSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return parseSigningKey(privateKey.export({ type: "pkcs8", format: "pem" }).toString());
}

export function payloadInput(overrides: Partial<VaccinationPayloadInput> = {}): VaccinationPayloadInput {
  return {
    name: { family: "राम कुमार" },
    birthDate: "1985",
    dose: {
      prophylaxis: "J07BX03",
      product: "Covishield",
      manufacturer: "ORG-100001981",
      doseNumber: 2,
      seriesDoses: 2,
      date: "2026-11-30",
    },
    country: "IN",
    issuer: "Ministry of Health and Family Welfare",
    certificateId: generateUvci("IN"),
    ...overrides,
  };
}

export const samplePayload = (overrides: Partial<VaccinationPayloadInput> = {}) => buildVaccinationPayload(payloadInput(overrides));
