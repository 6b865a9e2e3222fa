import { renderFirstPdfPage } from "./pdf-first-page";
import { prepareQrDecoder, readQr } from "./qr-decode";
import { qrReadWidths } from "./qr-sizes";

export type QrFileOutcome = { ok: true; text: string } | { ok: false; reason: "notFound" | "unreadable" };

/** Three canvas pixels per PDF point: a QR printed 4 cm wide renders some 340 pixels across. */
const PDF_SCALE = 3;

const isPdf = (file: File) => file.type === "application/pdf" || /\.pdf$/i.test(file.name);

async function pixelsOf(file: File): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (isPdf(file)) {
    const canvas = await renderFirstPdfPage(file, PDF_SCALE);
    return { source: canvas, width: canvas.width, height: canvas.height, close: () => undefined };
  }
  // Photos from phones carry an EXIF rotation; createImageBitmap applies it (the default "from-image").
  const bitmap = await createImageBitmap(file);
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}

/** The QR code's text in an uploaded photo, image or PDF (its first page), trying several sizes. */
export async function readQrFromFile(file: File): Promise<QrFileOutcome> {
  prepareQrDecoder();
  let pixels;
  try {
    pixels = await pixelsOf(file);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  try {
    const canvas = document.createElement("canvas");
    for (const width of qrReadWidths(pixels.width)) {
      const text = await readQr(pixels.source, pixels.width, pixels.height, width, canvas);
      if (text) return { ok: true, text };
    }
    return { ok: false, reason: "notFound" };
  } finally {
    pixels.close();
  }
}
