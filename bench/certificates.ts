import { performance } from "node:perf_hooks";
import { generateKeyPairSync } from "node:crypto";
import { buildVaccinationPayload } from "@/lib/certificates/dcc/payload";
import { signHcert, verifyHcert } from "@/lib/certificates/dcc/hcert";
import { parseSigningKey } from "@/lib/certificates/key-material";
import { generateUvci } from "@/lib/certificates/uvci";
import { certificatePdf } from "@/lib/pdf/certificate";
import { benchCertificateDocument, benchCertificateLabels } from "./certificate-document";

/** Certificates made and checked in this process, one at a time (one core), as a worker of the app would. */
export interface CertificateThroughput {
  signedPerSecond: number;
  verifiedPerSecond: number;
  pdfsPerSecond: number;
  qrTextChars: number;
  pdfBytes: number;
  peakRssMb: number;
}

const DAY = 86_400_000;

/** Runs `work` repeatedly for about `seconds` after a short warm-up; answers how many per second. */
async function rate(seconds: number, work: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < 50; i++) await work(i);
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < seconds * 1000) await work(done++);
  return done / ((performance.now() - started) / 1000);
}

export function samplePayload(certificateId = generateUvci("IN")) {
  return buildVaccinationPayload({
    name: { family: "Asha Devi Sharma" },
    birthDate: "1985",
    dose: { prophylaxis: "J07BX03", product: "Covishield", manufacturer: "ORG-100001981", doseNumber: 2, seriesDoses: 2, date: "2026-11-01" },
    country: "IN",
    issuer: "Ministry of Health and Family Welfare",
    certificateId,
  });
}

/** Signs with `privateKeyPem` (the server's key, so its verify endpoint accepts what the bench signs). */
export function sampleSigner(privateKeyPem: string) {
  return parseSigningKey(privateKeyPem);
}

export function signSample(signer: ReturnType<typeof sampleSigner>, now = new Date()): string {
  return signHcert(samplePayload(), { signer, issuerCountry: "IN", issuedAt: now, expiresAt: new Date(now.getTime() + 365 * DAY) });
}

export async function certificateThroughput(seconds = 5): Promise<CertificateThroughput> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const pem = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const signer = sampleSigner(pem);
    const signedPerSecond = await rate(seconds, () => signSample(signer));
    const texts = Array.from({ length: 500 }, () => signSample(signer));
    const keys = (kid: string) => (kid === signer.kidBase64 ? signer.publicKey : undefined);
    const now = new Date();
    const verifiedPerSecond = await rate(seconds, (i) => {
      if (!verifyHcert(texts[i % texts.length]!, { keys, now }).ok) throw new Error("a bench certificate did not verify");
    });
    const document = benchCertificateDocument(texts[0]!);
    const labels = benchCertificateLabels();
    const pdf = await certificatePdf(document, labels);
    const pdfsPerSecond = await rate(seconds, () => certificatePdf(document, labels));
    return { signedPerSecond, verifiedPerSecond, pdfsPerSecond, qrTextChars: texts[0]!.length, pdfBytes: pdf.byteLength, peakRssMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}
