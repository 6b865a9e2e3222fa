import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PDFArray, PDFDocument, PDFRawStream, type PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/certificates.json";
import hi from "@/messages/hi/certificates.json";
import { certificatePdf, type CertificateDocument } from "./certificate";
import { exampleCertificate as certificate, labelsFrom } from "./certificate-example";
import { A4 } from "./document";
import { qrMatrix } from "./qr";
import { QUIET_ZONE_MODULES } from "./qr-code";
import { pdfText } from "./read-text";

const english = (document: CertificateDocument) => certificatePdf(document, labelsFrom(en, "en", document));
const doseFields = (document: CertificateDocument) => document.doses.flatMap((dose) => Object.values(dose));
// Cells wrap, so compare text with every run of whitespace (line breaks included) as one space.
const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");

describe("certificatePdf", () => {
  it("makes an A4 certificate under 100 KB naming the kind, the person, every dose, the id, the issuer and where to verify", async () => {
    const bytes = await english(certificate);
    expect(bytes.length).toBeLessThan(100_000);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPages().map((page) => page.getSize())).toEqual([{ width: A4[0], height: A4[1] }]);
    expect(doc.getTitle()).toBe(`Vaccination certificate ${certificate.certificateId}`);
    const text = flat(await pdfText(bytes));
    const expected = ["Final vaccination certificate", ...Object.values(certificate.person), ...doseFields(certificate), certificate.certificateId, certificate.issuer, certificate.issuedOn];
    for (const value of expected) expect(text).toContain(flat(value));
    expect(text).toContain("Scan the QR code at https://vaxport.example/verify");
  });

  it("prints the kind in its title: provisional and precaution too", async () => {
    expect(await pdfText(await english({ ...certificate, kind: "provisional" }))).toContain("Provisional vaccination certificate");
    expect(await pdfText(await english({ ...certificate, kind: "precaution" }))).toContain("Precaution dose vaccination certificate");
  });

  it("prints Hindi labels and Devanagari values as written", async () => {
    const hindi: CertificateDocument = { ...certificate, issuer: "स्वास्थ्य और परिवार कल्याण मंत्रालय", person: { ...certificate.person, name: "निशा प्रिया वर्मा", gender: "महिला" } };
    const text = flat(await pdfText(await certificatePdf(hindi, labelsFrom(hi, "hi", hindi))));
    for (const value of ["अंतिम टीकाकरण प्रमाणपत्र", "लाभार्थी का विवरण", "टीकाकरण का स्थान", "प्रमाणपत्र आईडी", "निशा प्रिया वर्मा", "महिला", hindi.issuer, ...doseFields(hindi), hindi.certificateId]) {
      expect(text).toContain(flat(value));
    }
    expect(text).toContain("https://vaxport.example/verify पर QR कोड स्कैन करें");
    expect(text).not.toMatch(/Vaccination|\?|\uFFFD/);
  });

  it("wraps long names and places inside the page and moves a long dose list onto further A4 pages", async () => {
    const place = "Community Health Centre Kanchipuram Taluk Headquarters Hospital Annexe, Opposite the Old Bus Stand, Kanchipuram District, Tamil Nadu 631501";
    const name = "Venkata Lakshmi Narasimha Satyanarayana Subrahmanya Chakravarthy Bhattacharya-Raghunathan";
    const long: CertificateDocument = { ...certificate, person: { ...certificate.person, name }, doses: Array.from({ length: 14 }, (_, index) => ({ ...certificate.doses[0]!, doseNumber: `${index + 1}`, place })) };
    const bytes = await english(long);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: A4[0], height: A4[1] });
    const text = flat(await pdfText(bytes));
    expect(text).toContain(name);
    expect(text.split(place).length - 1).toBe(14);
  });

  it("draws the QR code of the signed text with error correction Q, over 60 mm wide", async () => {
    const { size, dark } = qrMatrix(certificate.qrText, "Q");
    const drawn = await drawnModules(await english(certificate), size);
    expect(drawn.cell * size).toBeGreaterThan((60 / 25.4) * 72);
    const mismatches = [];
    for (let row = 0; row < size; row++) for (let column = 0; column < size; column++) if (drawn.dark.has(`${row},${column}`) !== dark(row, column)) mismatches.push([row, column]);
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!hasPdftoppm())("renders a QR code that a QR reader decodes to the signed text (needs poppler's pdftoppm; skipped without it)", async () => {
    const directory = mkdtempSync(join(tmpdir(), "certificate-"));
    writeFileSync(join(directory, "c.pdf"), await english(certificate));
    execFileSync("pdftoppm", ["-gray", "-r", "150", "-singlefile", join(directory, "c.pdf"), join(directory, "page")]);
    const pgm = readFileSync(join(directory, "page.pgm"));
    const [, width, height, headerLength] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString("latin1", 0, 40))!.map((v, i) => (i === 0 ? v.length : Number(v)));
    const gray = pgm.subarray(headerLength);
    const rgba = new Uint8ClampedArray(width! * height! * 4).map((_, i) => (i % 4 === 3 ? 255 : gray[Math.floor(i / 4)]!));
    expect(jsQR(rgba, width!, height!)?.data).toBe(certificate.qrText);
  });

  it("times 100 renders (printed, for the benchmark; not a limit)", async () => {
    const started = performance.now();
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < 100; i++) bytes = await english(certificate);
    const seconds = (performance.now() - started) / 1000;
    console.log(`certificatePdf: ${(100 / seconds).toFixed(1)} renders/s, ${bytes.length} bytes`);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  }, 60_000);
});

function hasPdftoppm(): boolean {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The QR modules drawn on page 1, read back from its content stream: the QR code is the only drawing made of
 * `re` (rectangle) operators, in module units under one `cm` that scales a module to its size in points.
 */
async function drawnModules(bytes: Uint8Array, size: number): Promise<{ cell: number; dark: Set<string> }> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(0).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const content = refs.map((ref) => inflateSync((doc.context.lookup(ref as PDFRef) as PDFRawStream).contents).toString("latin1")).join("\n");
  const [, cell, rectangles] = /([\d.]+) 0 0 \1 [\d.]+ [\d.]+ cm\s+0 g\s+((?:\d+ \d+ \d+ 1 re\s+)+)f/.exec(content)!;
  const dark = new Set<string>();
  for (const [, x, y, width] of rectangles!.matchAll(/(\d+) (\d+) (\d+) 1 re/g)) {
    const row = size + QUIET_ZONE_MODULES - 1 - Number(y);
    for (let column = Number(x) - QUIET_ZONE_MODULES; column < Number(x) - QUIET_ZONE_MODULES + Number(width); column++) dark.add(`${row},${column}`);
  }
  return { cell: Number(cell), dark };
}
