import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from "pdf-lib";

/**
 * The text drawn on a PDF's pages, for tests (unit and e2e) that check a document says what it should.
 * Reads the hex strings that pdf-lib writes for standard-font text; not a general PDF text extractor.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const parts: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of("Filter"));
      const raw = Buffer.from(stream.contents);
      const content = (filter === PDFName.of("FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
      for (const match of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(match[1]!, "hex").toString("latin1"));
    }
  }
  return parts.join("\n");
}
