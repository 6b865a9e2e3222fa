import QRCode from "qrcode";

export type ErrorCorrection = "L" | "M" | "Q" | "H";

// The QR alphanumeric set, which Base45 (HC1 certificates) was designed to stay inside.
const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * The dark modules of a QR code as a square grid, for drawing as vectors (PDF) or SVG (slip page).
 * Text inside the alphanumeric set is encoded in that mode as a single segment (as EU DCC readers expect).
 */
export function qrMatrix(text: string, errorCorrection: ErrorCorrection = "M"): { size: number; dark: (row: number, column: number) => boolean } {
  const data = alphanumeric.test(text) && text.length > 0 ? [{ data: text, mode: "alphanumeric" as const }] : text;
  const { modules } = QRCode.create(data, { errorCorrectionLevel: errorCorrection });
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}
