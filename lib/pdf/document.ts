import { PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { embedFonts } from "./fonts";
import { drawTextLine, fitText, ink, muted, wrapText } from "./text";

// The one layer over pdf-lib for the documents Vaxport prints (appointment slips, certificates): A4 pages,
// real (selectable, searchable) text in an embedded Unicode font shaped for Devanagari, text that wraps or
// shrinks instead of running off the page, and a new page when the content is longer than one.

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 48;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN;

export interface Writer {
  doc: PDFDocument;
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  /** The top of the next line, from the bottom of the page. */
  y: number;
}

export async function newA4Document(title: string, subject: string, language: string): Promise<Writer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(subject);
  doc.setLanguage(language);
  doc.setProducer("Vaxport");
  doc.setCreator("Vaxport");
  const { regular, bold } = await embedFonts(doc);
  return { doc, page: doc.addPage(A4), regular, bold, y: A4[1] - MARGIN };
}

/** Room for `height` more points on this page, or a new page. */
export function ensureSpace(w: Writer, height: number): void {
  if (w.y - height >= MARGIN) return;
  w.page = w.doc.addPage(A4);
  w.y = A4[1] - MARGIN;
}

const leading = 1.35;

/** A paragraph at the left margin (or `x`), `width` wide, shrunk to one line down to `minSize`, else wrapped. */
export function line(w: Writer, text: string, options: { size?: number; minSize?: number; bold?: boolean; gap?: number; x?: number; width?: number; muted?: boolean } = {}): void {
  const font = options.bold ? w.bold : w.regular;
  const x = options.x ?? MARGIN;
  const { size, lines } = fitText(text, font, options.size ?? 11, options.minSize ?? options.size ?? 11, options.width ?? A4[0] - MARGIN - x);
  for (const text of lines) {
    ensureSpace(w, size * leading);
    drawTextLine(w.page, text, x, w.y - size, { font, size, color: options.muted ? muted : ink });
    w.y -= size * leading;
  }
  w.y -= options.gap ?? 0;
}

/** A label and its value on one row; a long value wraps under itself. */
export function field(w: Writer, label: string, value: string, options: { labelWidth?: number; width?: number; size?: number } = {}): void {
  const size = options.size ?? 11;
  const labelWidth = options.labelWidth ?? 150;
  const valueWidth = (options.width ?? CONTENT_WIDTH) - labelWidth;
  const labelLines = wrapText(label, w.regular, size - 1, labelWidth - 8);
  const valueLines = wrapText(value, w.bold, size, valueWidth);
  ensureSpace(w, Math.max(labelLines.length, valueLines.length) * size * leading);
  labelLines.forEach((text, index) => drawTextLine(w.page, text, MARGIN, w.y - size - index * size * leading, { font: w.regular, size: size - 1, color: muted }));
  valueLines.forEach((text, index) => drawTextLine(w.page, text, MARGIN + labelWidth, w.y - size - index * size * leading, { font: w.bold, size }));
  w.y -= Math.max(labelLines.length, valueLines.length) * size * leading + size * 0.3;
}
