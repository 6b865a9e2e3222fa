import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFRawStream, type PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { embedFonts } from "./fonts";
import { drawTextLine, fitText, textWidth, wrapText } from "./text";

async function regularFont() {
  const doc = await PDFDocument.create();
  return { doc, ...(await embedFonts(doc)) };
}

/** The glyph strings (hex) a page shows, in drawing order. */
async function shownGlyphs(doc: PDFDocument): Promise<string[]> {
  const saved = await PDFDocument.load(await doc.save());
  const contents = saved.getPage(0).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const content = refs.map((ref) => inflateSync((saved.context.lookup(ref as PDFRef) as PDFRawStream).contents).toString("latin1")).join("\n");
  return [...content.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) => m[1]!);
}

describe("wrapText and fitText", () => {
  it("breaks at spaces into lines that fit, losing no word, and cuts a word longer than a line", async () => {
    const { regular } = await regularFont();
    const text = "प्राथमिक स्वास्थ्य केंद्र Community Health Centre URN:UVCI:01:IN:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const lines = wrapText(text, regular, 10, 90);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, regular, 10)).toBeLessThanOrEqual(90);
    expect(lines.join(" ").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  it("shrinks a line down to the smallest size allowed, then wraps", async () => {
    const { bold } = await regularFont();
    const fitted = fitText("Precaution dose vaccination certificate", bold, 20, 14, 330);
    expect(fitted.size).toBeLessThan(20);
    expect(fitted.lines).toEqual(["Precaution dose vaccination certificate"]);
    expect(fitText("Precaution dose vaccination certificate", bold, 20, 14, 150)).toMatchObject({ size: 14 });
  });
});

describe("drawTextLine", () => {
  it("shapes a Devanagari run the same after Latin text as on its own (fontkit shapes by the first letter's script)", async () => {
    const { doc, regular } = await regularFont();
    const page = doc.addPage();
    drawTextLine(page, "प्रमाणपत्र", 10, 700, { font: regular, size: 12 });
    drawTextLine(page, "QR प्रमाणपत्र", 10, 680, { font: regular, size: 12 });
    const [alone, ...mixed] = await shownGlyphs(doc);
    expect(mixed).toContain(alone);
  });
});
