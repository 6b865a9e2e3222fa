import type en from "@/messages/en/certificates.json";
import type { CertificateDocument, CertificateLabels } from "./certificate";

// A certificate and its labels for tests and benchmarks, built without Next's request context.

const base45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/** An "HC1:" string of the usual length (a signed two-dose payload is ~500 characters), deterministic. */
export function exampleQrText(length = 560): string {
  let seed = 42;
  let text = "HC1:";
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += base45[seed % base45.length];
  }
  return text;
}

export const exampleCertificate: CertificateDocument = {
  kind: "final",
  certificateId: "URN:UVCI:01:IN:VXP4M7Q2R8T1#K",
  qrText: exampleQrText(),
  issuedOn: "2 December 2026",
  issuer: "Ministry of Health and Family Welfare",
  verifyUrl: "https://vaxport.example/verify",
  person: { name: "Asha Verma", birthYear: "1986", gender: "Female", photoId: "Aadhaar XXXX XXXX 1234", referenceId: "1234567890123" },
  doses: [
    { doseNumber: "1 of 2", vaccine: "Covishield", manufacturer: "Serum Institute of India", batch: "4121Z025", date: "1 June 2026", place: "PHC Jayanagar, Bengaluru Urban", vaccinator: "Meena Rao" },
    { doseNumber: "2 of 2", vaccine: "Covishield", manufacturer: "Serum Institute of India", batch: "4121Z118", date: "24 August 2026", place: "UPHC Banashankari, Bengaluru Urban", vaccinator: "Ravi Kumar" },
  ],
};

/** The labels of certificates.json's "pdf" key, formatted as certificateLabels() does it with next-intl. */
export function labelsFrom({ pdf }: typeof en, language: string, document: CertificateDocument): CertificateLabels {
  const { documentTitle, subject, verify, ...words } = pdf;
  return {
    language,
    ...words,
    documentTitle: documentTitle.replace("{certificateId}", document.certificateId),
    subject: subject.replace("{name}", document.person.name),
    verify: (verifyUrl) => verify.replace("{verifyUrl}", verifyUrl),
  };
}
