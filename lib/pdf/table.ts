import { rgb } from "pdf-lib";
import { CONTENT_WIDTH, ensureSpace, MARGIN, type Writer } from "./document";
import { drawTextLine, muted, wrapText } from "./text";

export interface Column {
  header: string;
  /** Share of the table's width. */
  weight: number;
}

const padding = 4;
const rule = rgb(0.8, 0.82, 0.86);
const headerFill = rgb(0.94, 0.95, 0.97);

/**
 * A full-width table whose cells wrap inside their column, so long places and names make rows taller,
 * never wider. A row that does not fit goes to a new page, under the header row again.
 */
export function drawTable(w: Writer, columns: Column[], rows: string[][], size = 9): void {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * CONTENT_WIDTH);
  const header = () => drawRow(w, widths, columns.map((column) => column.header), size, true);
  header();
  for (const row of rows) {
    const height = rowHeight(w, widths, row, size, false);
    if (w.y - height < MARGIN) {
      ensureSpace(w, w.y);
      header();
    }
    drawRow(w, widths, row, size, false);
  }
}

const leading = 1.3;

function cellLines(w: Writer, widths: number[], cells: string[], size: number, isHeader: boolean): string[][] {
  return cells.map((cell, index) => wrapText(cell, isHeader ? w.regular : w.bold, size, widths[index]! - 2 * padding));
}

function rowHeight(w: Writer, widths: number[], cells: string[], size: number, isHeader: boolean): number {
  return Math.max(...cellLines(w, widths, cells, size, isHeader).map((lines) => lines.length)) * size * leading + 2 * padding;
}

function drawRow(w: Writer, widths: number[], cells: string[], size: number, isHeader: boolean): void {
  const lines = cellLines(w, widths, cells, size, isHeader);
  const height = Math.max(...lines.map((cell) => cell.length)) * size * leading + 2 * padding;
  ensureSpace(w, height);
  if (isHeader) w.page.drawRectangle({ x: MARGIN, y: w.y - height, width: CONTENT_WIDTH, height, color: headerFill });
  let x = MARGIN;
  lines.forEach((cell, index) => {
    cell.forEach((text, line) => {
      const y = w.y - padding - size - line * size * leading;
      drawTextLine(w.page, text, x + padding, y, { font: isHeader ? w.regular : w.bold, size, color: isHeader ? muted : undefined });
    });
    x += widths[index]!;
  });
  w.page.drawLine({ start: { x: MARGIN, y: w.y - height }, end: { x: MARGIN + CONTENT_WIDTH, y: w.y - height }, thickness: 0.5, color: rule });
  w.y -= height;
}
