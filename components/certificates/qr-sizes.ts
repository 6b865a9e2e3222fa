/**
 * The widths, in pixels, to try reading a still image's QR code at, best guess first. A phone photo is
 * large (a 4000-px photo is slow and noisy to read, so it is shrunk first); a screenshot or crop may be
 * small (enlarging gives the decoder whole pixels per module). Never wider than `maxWidth`.
 */
export function qrReadWidths(width: number, { maxWidth = 2000 } = {}): number[] {
  if (!(width > 0)) return [];
  const widths = [Math.min(width, 1200), Math.min(width, 800), Math.min(width, 500), Math.min(width * 2, maxWidth), Math.min(width, maxWidth)];
  return [...new Set(widths.map(Math.round))].filter((w) => w > 0);
}
