import { writeFileSync } from "node:fs";
import QRCode from "qrcode";

/**
 * A Y4M video (YUV 4:2:0) of a QR code of `text`, black on white and centred, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`). Chromium loops the file, so a few identical frames suffice.
 */
export function writeQrVideo(path: string, text: string, { width = 640, height = 480, frames = 5 } = {}): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const cell = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
  const left = Math.floor((width - modules.size * cell) / 2);
  const top = Math.floor((height - modules.size * cell) / 2);

  // Luma only carries the picture; both chroma planes stay neutral (128) for black and white.
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = top + row * cell; y < top + (row + 1) * cell; y++) luma.fill(16, y * width + left + column * cell, y * width + left + (column + 1) * cell);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
