import { A4, CONTENT_WIDTH, field, line, MARGIN, newA4Document } from "./document";
import { drawQrCode } from "./qr-code";
import { drawTable } from "./table";
import { drawTextLine, muted, wrapText } from "./text";

export type CertificateKind = "provisional" | "final" | "precaution";

/** What a vaccination certificate prints: already formatted for reading, in the reader's language. */
export interface CertificateDocument {
  kind: CertificateKind;
  /** URN:UVCI:... */
  certificateId: string;
  /** The signed payload ("HC1:..."), drawn as the QR code. */
  qrText: string;
  issuedOn: string;
  issuer: string;
  /** Where anyone can check the certificate, e.g. "https://vaxport.example/verify". */
  verifyUrl: string;
  person: { name: string; birthYear: string; gender: string; /** Already masked, e.g. "Aadhaar XXXX XXXX 1234". */ photoId: string; referenceId: string };
  doses: { doseNumber: string; vaccine: string; manufacturer: string; batch: string; date: string; place: string; vaccinator: string }[];
}

/** Every word the certificate prints, translated (certificates.pdf); title and subject already name this certificate. */
export interface CertificateLabels {
  language: string;
  documentTitle: string;
  subject: string;
  kinds: Record<CertificateKind, string>;
  beneficiary: string;
  name: string;
  birthYear: string;
  gender: string;
  photoId: string;
  referenceId: string;
  doses: string;
  dose: string;
  vaccine: string;
  manufacturer: string;
  batch: string;
  date: string;
  place: string;
  vaccinator: string;
  certificateId: string;
  issuedOn: string;
  issuer: string;
  qrCaption: string;
  /** The sentence telling the reader where to scan the QR code (certificates.pdf.verify with its URL). */
  verify: (verifyUrl: string) => string;
}

// 210 points with the quiet zone keeps the symbol itself over 60 mm wide for any payload size (≥ 184 pt).
export const CERTIFICATE_QR_WIDTH = 210;
const gap = 16;

/** An A4 vaccination certificate: selectable text, every dose, and the signed QR code large enough to scan from paper. */
export async function certificatePdf(document: CertificateDocument, labels: CertificateLabels): Promise<Uint8Array> {
  const w = await newA4Document(labels.documentTitle, labels.subject, labels.language);
  const top = A4[1] - MARGIN;
  const qrX = A4[0] - MARGIN - CERTIFICATE_QR_WIDTH;
  drawQrCode(w.page, document.qrText, { x: qrX, top, width: CERTIFICATE_QR_WIDTH }, "Q");
  const captionLines = wrapText(labels.qrCaption, w.regular, 8, CERTIFICATE_QR_WIDTH - 16);
  captionLines.forEach((text, index) => drawTextLine(w.page, text, qrX + 8, top - CERTIFICATE_QR_WIDTH - 8 - index * 10.5, { font: w.regular, size: 8, color: muted }));
  const qrBottom = top - CERTIFICATE_QR_WIDTH - 8 - captionLines.length * 10.5;

  const left = CONTENT_WIDTH - CERTIFICATE_QR_WIDTH - gap;
  line(w, "Vaxport", { size: 11, bold: true, width: left });
  line(w, document.issuer, { size: 9, minSize: 7, muted: true, gap: 10, width: left });
  line(w, labels.kinds[document.kind], { size: 20, minSize: 14, bold: true, gap: 14, width: left });
  line(w, labels.beneficiary, { size: 10, muted: true, gap: 4, width: left });
  const person: [string, string][] = [
    [labels.name, document.person.name],
    [labels.birthYear, document.person.birthYear],
    [labels.gender, document.person.gender],
    [labels.photoId, document.person.photoId],
    [labels.referenceId, document.person.referenceId],
  ];
  for (const [label, value] of person) field(w, label, value, { width: left, labelWidth: 100, size: 10.5 });
  w.y = Math.min(w.y, qrBottom) - gap;

  line(w, labels.doses, { size: 10, muted: true, gap: 4 });
  drawTable(
    w,
    [labels.dose, labels.vaccine, labels.manufacturer, labels.batch, labels.date, labels.place, labels.vaccinator].map((header, index) => ({ header, weight: columnWeights[index]! })),
    document.doses.map((dose) => [dose.doseNumber, dose.vaccine, dose.manufacturer, dose.batch, dose.date, dose.place, dose.vaccinator]),
  );
  w.y -= gap;

  for (const [label, value] of [[labels.certificateId, document.certificateId], [labels.issuedOn, document.issuedOn], [labels.issuer, document.issuer]] as const) {
    field(w, label, value, { labelWidth: 130, size: 10 });
  }
  w.y -= 8;
  line(w, labels.verify(document.verifyUrl), { size: 10 });
  return w.doc.save();
}

// Dose, vaccine, manufacturer, batch, date, place, vaccinator: the place is usually the longest.
const columnWeights = [9, 14, 17, 12, 13, 20, 15];
