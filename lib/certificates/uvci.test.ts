import { describe, expect, it } from "vitest";
import { generateUvci, uvciCheckCharacter, uvciChecksumValid, uvciPattern } from "./uvci";

describe("uvciCheckCharacter", () => {
  it.each([
    // The worked example of the eu-dcc-schema FAQ ("UVCI checksum").
    ["URN:UVCI:01:NL:187/37512422923", "Z"],
    // Published test certificates (eu-digital-green-certificates/dgc-testdata AT/2DCode/raw/1.json, DK/…).
    ["URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813", "B"],
    ["URN:UVCI:01:DK:0EF88044F7935DF2B4A938A38C14C97C", "C"],
    ["URN:UVCI:01:DK:F573106A0A315AB8A7F7016329C30550", "2"],
  ])("%s → %s", (uvci, check) => {
    expect(uvciCheckCharacter(uvci)).toBe(check);
    expect(uvciChecksumValid(`${uvci}#${check}`)).toBe(true);
  });

  it("refuses characters outside the Annex 2 code set", () => {
    expect(() => uvciCheckCharacter("URN:UVCI:01:in:abc")).toThrow(/A-Z/);
    expect(() => uvciCheckCharacter("URN:UVCI:01:IN:A#B")).toThrow(/A-Z/);
  });
});

describe("uvciChecksumValid", () => {
  const good = "URN:UVCI:01:NL:187/37512422923#Z";

  it.each([
    ["a wrong check character", "URN:UVCI:01:NL:187/37512422923#Y"],
    ["one character typed wrong", "URN:UVCI:01:NL:187/37512422928#Z"],
    ["two neighbours swapped", "URN:UVCI:01:NL:187/37512422932#Z"],
    ["no check character", "URN:UVCI:01:NL:187/37512422923"],
    ["an empty check", "URN:UVCI:01:NL:187/37512422923#"],
    ["two check characters", "URN:UVCI:01:NL:187/37512422923#ZZ"],
    ["lower case", good.toLowerCase()],
    ["only a check", "#Z"],
    ["nothing", ""],
  ])("rejects %s", (_, id) => {
    expect(uvciChecksumValid(id)).toBe(false);
  });

  it("catches every single-character substitution in one of our ids", () => {
    const id = generateUvci("IN");
    for (let i = 0; i < id.length; i++) {
      if (id[i] === "#") continue;
      for (const replacement of "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:") {
        if (replacement === id[i]) continue;
        expect(uvciChecksumValid(id.slice(0, i) + replacement + id.slice(i + 1))).toBe(false);
      }
    }
  });
});

describe("generateUvci", () => {
  it("has the DCC shape with the pack's country code and a valid check character", () => {
    const id = generateUvci("IN");
    expect(id).toMatch(uvciPattern);
    expect(id.startsWith("URN:UVCI:01:IN:")).toBe(true);
    expect(uvciChecksumValid(id)).toBe(true);
    expect(generateUvci("KE").startsWith("URN:UVCI:01:KE:")).toBe(true);
  });

  it("maps every byte onto the alphabet, never to a look-alike character", () => {
    const all = generateUvci("IN", (n) => Buffer.from(Array.from({ length: n }, (_, i) => i * 11)));
    expect(all).toMatch(uvciPattern);
    const nines = `URN:UVCI:01:IN:${"9".repeat(24)}`;
    expect(generateUvci("IN", (n) => Buffer.alloc(n, 255))).toBe(`${nines}#${uvciCheckCharacter(nines)}`);
    expect(generateUvci("IN", (n) => Buffer.alloc(n, 0)).startsWith(`URN:UVCI:01:IN:${"A".repeat(24)}#`)).toBe(true);
  });

  it("differs each time", () => {
    expect(new Set(Array.from({ length: 200 }, () => generateUvci("IN"))).size).toBe(200);
  });

  it("refuses a country that is not an ISO alpha-2 code", () => {
    expect(() => generateUvci("India")).toThrow(/alpha-2/);
    expect(() => generateUvci("in")).toThrow(/alpha-2/);
  });
});
