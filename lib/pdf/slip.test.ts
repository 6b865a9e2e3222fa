import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { A4 } from "./document";
import { qrMatrix } from "./qr";
import { pdfText } from "./read-text";
import { appointmentSlipPdf, type SlipContent } from "./slip";

const slip: SlipContent = {
  name: "Asha Verma",
  referenceId: "1234567890123",
  appointmentNumber: "12345678901",
  formattedNumber: "123 4567 8901",
  securityCode: "0427",
  dose: "Dose 1",
  vaccine: "Covishield",
  centre: "PHC Jayanagar",
  address: "9th Block, Jayanagar, 560041",
  date: "1 December 2026",
  slot: "09:00–11:00",
  status: "Booked",
};

describe("appointmentSlipPdf", () => {
  it("makes a one-page A4 PDF whose text names the person and carries the number, code, centre and slot", async () => {
    const bytes = await appointmentSlipPdf(slip);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: A4[0], height: A4[1] });
    expect(doc.getTitle()).toContain("123 4567 8901");
    const text = await pdfText(bytes);
    for (const expected of ["Asha Verma", "123 4567 8901", "0427", "PHC Jayanagar", "1 December 2026", "09:00", "11:00"]) expect(text).toContain(expected);
  });

  it("prints text the standard fonts cannot encode as '?' instead of failing", async () => {
    const bytes = await appointmentSlipPdf({ ...slip, name: "आशा Verma" });
    expect((await PDFDocument.load(bytes)).getSubject()).toContain("आशा Verma");
    expect(await pdfText(bytes)).toContain("??? Verma");
  });
});

describe("qrMatrix", () => {
  it("encodes the appointment number as a version-1 QR code with its finder patterns", () => {
    const { size, dark } = qrMatrix("12345678901");
    expect(size).toBe(21);
    // Finder pattern corners are dark; the separator beside them is light.
    for (const [r, c] of [[0, 0], [0, size - 1], [size - 1, 0]] as const) expect(dark(r, c)).toBe(true);
    expect(dark(7, 7)).toBe(false);
  });
});
