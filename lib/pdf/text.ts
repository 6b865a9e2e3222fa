import { PDFHexString, PDFName, PDFOperator, PDFOperatorNames, endMarkedContent, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";

export const ink = rgb(0.06, 0.09, 0.16);
export const muted = rgb(0.3, 0.33, 0.4);

// Shaping puts some Devanagari glyphs out of reading order (ि is drawn before its consonant), so the glyphs'
// ToUnicode alone would copy as "िकसी". An ActualText span gives viewers (and pdfText) the text as written.
const needsActualText = /[\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF]/;

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
}

// fontkit shapes a whole string by the script of its first letter: "QR प्रमाणपत्र" would get Latin shaping and
// lose its conjuncts. So text is laid out (measured and drawn) one script run at a time.
const devanagariRun = /([\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF\u200C\u200D]+)/;
export const scriptRuns = (text: string): string[] => text.split(devanagariRun).filter(Boolean);

/** One line of text with its baseline at (x, y). */
export function drawTextLine(page: PDFPage, text: string, x: number, y: number, style: TextStyle): void {
  const spanned = needsActualText.test(text);
  if (spanned) {
    const properties = `<< /ActualText ${PDFHexString.fromText(text).toString()} >>`;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of("Span"), properties]));
  }
  let runX = x;
  for (const run of scriptRuns(text)) {
    page.drawText(run, { x: runX, y, size: style.size, font: style.font, color: style.color ?? ink });
    runX += style.font.widthOfTextAtSize(run, style.size);
  }
  if (spanned) page.pushOperators(endMarkedContent());
}

/** The width of `text` as drawTextLine sets it (layouts are cached by the face, see fonts.ts). */
export function textWidth(text: string, font: PDFFont, size: number): number {
  return scriptRuns(text).reduce((width, run) => width + font.widthOfTextAtSize(run, size), 0);
}

/** `text` broken at spaces into lines no wider than `maxWidth`; a word wider than that is cut between characters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  // pdf-lib sets text by glyph advances only (no kerning), so a line is as wide as its words and spaces.
  const space = textWidth(" ", font, size);
  const fits = (candidate: string) => textWidth(candidate, font, size) <= maxWidth;
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = textWidth(word, font, size);
    if (current && currentWidth + space + wordWidth <= maxWidth) {
      current += ` ${word}`;
      currentWidth += space + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (!fits(current)) {
      const cut = longestFittingPrefix(current, fits);
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
    currentWidth = textWidth(current, font, size);
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

function longestFittingPrefix(word: string, fits: (text: string) => boolean): number {
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(word), (s) => s.segment);
  let length = graphemes[0]?.length ?? word.length;
  for (let count = 2, prefix = graphemes[0] ?? ""; count <= graphemes.length; count++) {
    prefix += graphemes[count - 1];
    if (!fits(prefix)) break;
    length = prefix.length;
  }
  return length;
}

/**
 * The largest size from `size` down to `minSize` at which `text` fits on one line, and the lines at that size
 * (one line, or several when even `minSize` is too wide).
 */
export function fitText(text: string, font: PDFFont, size: number, minSize: number, maxWidth: number): { size: number; lines: string[] } {
  let fitted = size;
  while (fitted > minSize && textWidth(text, font, fitted) > maxWidth) fitted = Math.max(minSize, fitted - 0.5);
  return { size: fitted, lines: wrapText(text, font, fitted, maxWidth) };
}
