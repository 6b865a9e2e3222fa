import QRCode from "qrcode";

/** The dark modules of a QR code as a square grid, for drawing as vectors (PDF) or SVG (slip page). */
export function qrMatrix(text: string): { size: number; dark: (row: number, column: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}
