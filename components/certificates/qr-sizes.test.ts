import { describe, expect, it } from "vitest";
import { qrReadWidths } from "./qr-sizes";

describe("qrReadWidths", () => {
  it("shrinks a large photo first, then tries smaller, then the full size last", () => {
    expect(qrReadWidths(4000)).toEqual([1200, 800, 500, 2000]);
  });

  it("reads a small image as it is, then enlarged", () => {
    expect(qrReadWidths(300)).toEqual([300, 600]);
  });

  it("tries a medium image as it is, smaller, then enlarged within the limit", () => {
    expect(qrReadWidths(1000)).toEqual([1000, 800, 500, 2000]);
    expect(qrReadWidths(1000, { maxWidth: 1500 })).toEqual([1000, 800, 500, 1500]);
  });

  it("has nothing to try for an empty image", () => {
    expect(qrReadWidths(0)).toEqual([]);
    expect(qrReadWidths(Number.NaN)).toEqual([]);
  });
});
