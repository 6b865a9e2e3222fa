import { describe, expect, it } from "vitest";
import { certificateKindFor, generateUvci, uvciPattern } from "./certificates";

describe("certificateKindFor", () => {
  it.each([
    [1, 2, "provisional"],
    [2, 2, "final"],
    [3, 2, "booster"],
    [1, 1, "final"],
    [2, 1, "booster"],
    [1, 3, "provisional"],
    [2, 3, "provisional"],
    [3, 3, "final"],
    [4, 3, "booster"],
  ] as const)("dose %i of a %i-dose series is %s", (doseNumber, primaryDoses, kind) => {
    expect(certificateKindFor(doseNumber, primaryDoses)).toBe(kind);
  });
});

describe("generateUvci", () => {
  it("has the DCC shape with the pack's country code", () => {
    const id = generateUvci("IN");
    expect(id).toMatch(uvciPattern);
    expect(id.startsWith("URN:UVCI:01:IN:")).toBe(true);
    expect(generateUvci("KE").startsWith("URN:UVCI:01:KE:")).toBe(true);
  });

  it("maps every byte onto the alphabet, never to a look-alike character", () => {
    const all = generateUvci("IN", (n) => Buffer.from(Array.from({ length: n }, (_, i) => i * 11)));
    expect(all).toMatch(uvciPattern);
    expect(generateUvci("IN", (n) => Buffer.alloc(n, 255))).toBe(`URN:UVCI:01:IN:${"9".repeat(24)}`);
    expect(generateUvci("IN", (n) => Buffer.alloc(n, 0))).toBe(`URN:UVCI:01:IN:${"A".repeat(24)}`);
  });

  it("differs each time", () => {
    expect(new Set(Array.from({ length: 200 }, () => generateUvci("IN"))).size).toBe(200);
  });

  it("refuses a country that is not an ISO alpha-2 code", () => {
    expect(() => generateUvci("India")).toThrow(/alpha-2/);
    expect(() => generateUvci("in")).toThrow(/alpha-2/);
  });
});
