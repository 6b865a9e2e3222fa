import { PDFDocument } from "pdf-lib";
import { expect, it } from "vitest";
import { embedFonts } from "./fonts";
import { pdfText } from "./read-text";

// Its own file, so that "ऐप" is the first text this process shapes (fontkit's glyph cache keeps the first use).
it("draws े + ं without a dotted circle after a word whose shaping leaves a glyph without code points (ऐ)", async () => {
  const doc = await PDFDocument.create();
  const { regular } = await embedFonts(doc);
  regular.encodeText("ऐप");
  doc.addPage().drawText("करें", { font: regular, size: 12 }); // no ActualText: pdfText reads the glyphs' ToUnicode
  expect(await pdfText(await doc.save())).toBe("करें");
});
