import en from "@/messages/en/certificates.json";
import { exampleCertificate, labelsFrom } from "@/lib/pdf/certificate-example";
import type { CertificateDocument, CertificateLabels } from "@/lib/pdf/certificate";

/** A two-dose certificate carrying a real signed QR text, as the PDF route renders it (in English). */
export function benchCertificateDocument(qrText: string): CertificateDocument {
  return { ...exampleCertificate, qrText };
}

export function benchCertificateLabels(): CertificateLabels {
  return labelsFrom(en, "en", exampleCertificate);
}
