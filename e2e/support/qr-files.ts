import QRCode from "qrcode";
import { line, newA4Document } from "../../lib/pdf/document";
import { drawQrCode } from "../../lib/pdf/qr-code";

/** A PNG of a QR code of `text`, as a phone screenshot of a certificate's QR would be. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", width: 480, margin: 4 });
}

/** A one-page A4 PDF with a heading and, unless `qr` is false, the QR code of `text` drawn as vectors. */
export async function qrPdf(text: string, { qr = true } = {}): Promise<Buffer> {
  const w = await newA4Document("Vaccination certificate", "e2e", "en");
  line(w, "Vaccination certificate", { size: 18, bold: true, gap: 12 });
  if (qr) drawQrCode(w.page, text, { x: 56, top: w.y - 10, width: 220 });
  return Buffer.from(await w.doc.save());
}
