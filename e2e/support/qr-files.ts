import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
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

/** The text of the QR code on a PDF's first page, read as a phone camera would: rendered by poppler's pdftoppm at 150 dpi, decoded by jsQR. */
export function pdfQrText(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), "e2e-pdf-"));
  try {
    writeFileSync(join(directory, "document.pdf"), pdf);
    execFileSync("pdftoppm", ["-gray", "-r", "150", "-singlefile", "-f", "1", join(directory, "document.pdf"), join(directory, "page")]);
    const pgm = readFileSync(join(directory, "page.pgm"));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString("latin1", 0, 40));
    if (!header) throw new Error("pdftoppm wrote no greyscale page");
    const [width, height] = [Number(header[1]), Number(header[2])];
    const gray = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.fill(gray[i]!, i * 4, i * 4 + 3);
      rgba[i * 4 + 3] = 255;
    }
    const found = jsQR(rgba, width, height);
    if (!found) throw new Error("no QR code on the PDF's first page");
    return found.data;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
