import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage } from "pdf-lib";
import { decodeShown, parseToUnicode, utf16, type ToUnicode } from "./to-unicode";

/**
 * The text drawn on a PDF's pages, one shown string per line, for tests (unit and e2e) that check a
 * document says what it should. Decodes embedded fonts through their ToUnicode CMaps and, as PDF viewers
 * do, takes a marked span's ActualText in place of its glyphs (that is how shaped Devanagari reads back
 * in logical order). Reads what pdf-lib writes; not a general PDF text extractor.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().flatMap((page) => pageText(doc, page)).join("\n");
}

function streamText(doc: PDFDocument, object: unknown): string {
  const stream = object instanceof PDFRef ? doc.context.lookup(object) : object;
  if (!(stream instanceof PDFRawStream)) return "";
  const raw = Buffer.from(stream.contents);
  return (stream.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
}

function fontCMaps(doc: PDFDocument, page: PDFPage): Map<string, ToUnicode> {
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
  const cmaps = new Map<string, ToUnicode>();
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const toUnicode = font.get(PDFName.of("ToUnicode"));
    if (toUnicode) cmaps.set(name.asString(), parseToUnicode(streamText(doc, toUnicode)));
  }
  return cmaps;
}

// Names, dictionary brackets, hex strings and operators: what pdf-lib's content streams are made of.
const token = /\/[^\s/[\]<>()]+|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|\((?:\\.|[^\\)])*\)|[^\s/[\]<>()]+/g;

const hexOf = (operand: string) => operand.slice(1, -1).replace(/\s/g, "");

function pageText(doc: PDFDocument, page: PDFPage): string[] {
  const cmaps = fontCMaps(doc, page);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const lines: string[] = [];
  let font: ToUnicode | undefined;
  const spans: (string | null)[] = []; // ActualText of each open marked-content span (null: none)
  let operands: string[] = [];
  for (const content of streams.map((stream) => streamText(doc, stream))) {
    for (const [word] of content.matchAll(token)) {
      if (/^[/<[\]()\-\d.]|^>>$/.test(word)) {
        operands.push(word);
        continue;
      }
      if (word === "Tf") font = cmaps.get(operands[0] ?? "");
      else if (word === "BDC" || word === "BMC") {
        const actual = operands.indexOf("/ActualText");
        const text = actual >= 0 ? operands[actual + 1] : undefined;
        spans.push(text?.startsWith("<") ? utf16(hexOf(text)) : null);
        if (spans.at(-1)) lines.push(spans.at(-1)!);
      } else if (word === "EMC") spans.pop();
      else if ((word === "Tj" || word === "TJ") && !spans.some(Boolean)) {
        const shown = operands.filter((operand) => operand.startsWith("<")).map((hex) => decodeShown(hexOf(hex), font));
        lines.push(shown.join(""));
      }
      operands = [];
    }
  }
  return lines;
}
