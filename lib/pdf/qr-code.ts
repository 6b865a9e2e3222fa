import { concatTransformationMatrix, fill, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, type PDFOperator, type PDFPage } from "pdf-lib";
import { qrMatrix, type ErrorCorrection } from "./qr";

/** Light modules around the symbol that scanners need to find it (the QR specification's minimum). */
export const QUIET_ZONE_MODULES = 4;

/**
 * A QR code of `text` drawn as vector rectangles, `width` points wide including its quiet zone, with its
 * top-left corner at (x, top). The drawing is scaled so one module is one unit (small integers in the
 * content stream), and each run of dark modules in a row is one rectangle: fewer operators, a smaller PDF.
 */
export function drawQrCode(page: PDFPage, text: string, area: { x: number; top: number; width: number }, errorCorrection: ErrorCorrection = "M"): void {
  const { size, dark } = qrMatrix(text, errorCorrection);
  const cell = area.width / (size + 2 * QUIET_ZONE_MODULES);
  const operators: PDFOperator[] = [pushGraphicsState(), concatTransformationMatrix(cell, 0, 0, cell, area.x, area.top - area.width), setFillingGrayscaleColor(0)];
  for (let row = 0; row < size; row++) {
    // Module units from the bottom-left corner of the quiet zone; row 0 is the top row.
    const y = size + QUIET_ZONE_MODULES - 1 - row;
    for (let column = 0; column < size; ) {
      if (!dark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && dark(row, column)) column++;
      operators.push(rectangle(start + QUIET_ZONE_MODULES, y, column - start, 1));
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}
