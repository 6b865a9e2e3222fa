import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { qrMatrix } from "./qr";

// A small layer over pdf-lib for the documents Vaxport prints (appointment slips now, certificates next):
// A4 pages, real (selectable) text in the standard Helvetica faces, QR codes drawn as vectors.

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;

/**
 * The standard PDF fonts encode WinAnsi (Latin) only; a character outside it (Devanagari, for one) would
 * make pdf-lib throw. Until a Unicode font is embedded, such characters print as "?".
 */
export function printable(font: PDFFont, text: string): string {
  return Array.from(text, (ch) => {
    try {
      font.encodeText(ch);
      return ch;
    } catch {
      return "?";
    }
  }).join("");
}

export interface Writer {
  doc: PDFDocument;
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  /** The baseline of the next line, from the bottom of the page. */
  y: number;
}

export async function newA4Document(title: string, subject: string): Promise<Writer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setSubject(subject);
  doc.setProducer("Vaxport");
  doc.setCreator("Vaxport");
  const page = doc.addPage(A4);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  return { doc, page, regular, bold, y: A4[1] - MARGIN };
}

/** One line of text at the left margin (or `x`), moving down by its size plus `gap`. */
export function line(w: Writer, text: string, options: { size?: number; bold?: boolean; gap?: number; x?: number } = {}): void {
  const size = options.size ?? 11;
  w.y -= size;
  w.page.drawText(printable(options.bold ? w.bold : w.regular, text), { x: options.x ?? MARGIN, y: w.y, size, font: options.bold ? w.bold : w.regular, color: rgb(0.06, 0.09, 0.16) });
  w.y -= options.gap ?? size * 0.5;
}

/** A label and its value on one row. */
export function field(w: Writer, label: string, value: string): void {
  const size = 11;
  w.y -= size;
  w.page.drawText(printable(w.regular, label), { x: MARGIN, y: w.y, size, font: w.regular, color: rgb(0.3, 0.33, 0.4) });
  w.page.drawText(printable(w.bold, value), { x: MARGIN + 150, y: w.y, size, font: w.bold, color: rgb(0.06, 0.09, 0.16), maxWidth: A4[0] - 2 * MARGIN - 150 });
  w.y -= size * 0.8;
}

/** A QR code of `text`, `width` points wide, its top-left corner at (x, top). */
export function qrCode(w: Writer, text: string, x: number, top: number, width: number): void {
  const { size, dark } = qrMatrix(text);
  const quiet = 4;
  const cell = width / (size + 2 * quiet);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!dark(row, column)) continue;
      w.page.drawRectangle({ x: x + (column + quiet) * cell, y: top - (row + quiet + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }
  }
}
