import { describe, expect, it } from "vitest";
import { keyRing } from "@/lib/certificates/key-ring";
import { decode as base45Decode, encode as base45Encode } from "@digitalbazaar/base45";
import { deflateSync, inflateSync } from "node:zlib";
import { HcertDecodeError, decodeHcert, signHcert, verifyHcert, type HcertSigner } from "./hcert";
import { decodeCoseSign1, encodeCoseSign1 } from "./cose";
import type { DccPayload } from "./payload";
import { newSigningKey, samplePayload } from "./test-fixtures";

const issuedAt = new Date("2026-12-01T10:00:00Z");
const expiresAt = new Date("2027-12-01T10:00:00Z");
const during = new Date("2027-01-15T00:00:00Z");

const key = newSigningKey();
const ring = keyRing(key, []);
const keys = ring.verificationKey;

const signWith = (signer: HcertSigner, payload: DccPayload = samplePayload(), dates = { issuedAt, expiresAt }) =>
  signHcert(payload, { signer, issuerCountry: "IN", ...dates });

/** The COSE_Sign1 inside an HC1 text, and the way back after changing it. */
const coseOf = (text: string) => inflateSync(base45Decode(text.slice(4)));
const textOf = (cose: Uint8Array) => `HC1:${base45Encode(new Uint8Array(deflateSync(cose)))}`;

describe("signHcert / verifyHcert", () => {
  it("round-trips the payload, the claims and the kid", () => {
    const payload = samplePayload();
    const text = signWith(ring.currentSigner, payload);
    expect(text).toMatch(/^HC1:[0-9A-Z $%*+\-./:]+$/);
    const result = verifyHcert(text, { keys, now: during });
    expect(result).toEqual({ ok: true, kid: key.kidBase64, payload, claims: { issuer: "IN", issuedAt, expiresAt } });

    const decoded = decodeHcert(text);
    expect(decoded.kid).toEqual(key.kid);
    expect(decoded.payload).toEqual(payload);
    expect(decoded.signature).toHaveLength(64);
  });

  it("accepts the text without its prefix and with surrounding whitespace", () => {
    const text = signWith(ring.currentSigner);
    expect(verifyHcert(`  ${text.slice(4)}\n`, { keys, now: during }).ok).toBe(true);
    expect(verifyHcert(`\t${text} `, { keys, now: during }).ok).toBe(true);
  });

  it("signs each certificate anew (ECDSA is randomized) and keeps the QR text small", () => {
    const payload = samplePayload();
    const [a, b] = [signWith(ring.currentSigner, payload), signWith(ring.currentSigner, payload)];
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThan(600);
  });

  it("fails on any flipped byte of the signed payload or the signature", () => {
    const cose = decodeCoseSign1(coseOf(signWith(ring.currentSigner)));
    const flip = (part: "payloadBytes" | "signature", index: number) => {
      const changed = Uint8Array.from(cose[part]);
      changed[index]! ^= 0x01 << index % 8;
      return textOf(encodeCoseSign1({ ...cose, [part]: changed }));
    };
    for (const part of ["payloadBytes", "signature"] as const) {
      for (let index = 0; index < cose[part].length; index++) {
        const result = verifyHcert(flip(part, index), { keys, now: during });
        expect(result, `${part}[${index}]`).toEqual({ ok: false, reason: "signature" });
      }
    }
  });

  it("fails on any flipped byte of the COSE structure as sent", () => {
    const cose = coseOf(signWith(ring.currentSigner));
    for (let index = 0; index < cose.length; index++) {
      const changed = Uint8Array.from(cose);
      changed[index]! ^= 0xff;
      expect(verifyHcert(textOf(changed), { keys, now: during }).ok, `byte ${index}`).toBe(false);
    }
  });

  it("fails on one changed character of the text", () => {
    const text = signWith(ring.currentSigner);
    for (let index = 4; index < text.length; index += 7) {
      const replacement = text[index] === "A" ? "B" : "A";
      expect(verifyHcert(text.slice(0, index) + replacement + text.slice(index + 1), { keys, now: during }).ok).toBe(false);
    }
  });

  it("answers unknownKey for a kid that is not published", () => {
    const stranger = keyRing(newSigningKey(), []).currentSigner;
    expect(verifyHcert(signWith(stranger), { keys, now: during })).toEqual({ ok: false, reason: "unknownKey" });
  });

  it("answers signature when a published kid signs with another key", () => {
    const impostor = { kid: key.kid, privateKey: newSigningKey().privateKey };
    expect(verifyHcert(signWith(impostor), { keys, now: during })).toEqual({ ok: false, reason: "signature" });
  });

  it("answers expired from exp on, and notYetValid before iat (beyond five minutes of clock skew)", () => {
    const text = signWith(ring.currentSigner);
    expect(verifyHcert(text, { keys, now: expiresAt })).toEqual({ ok: false, reason: "expired" });
    expect(verifyHcert(text, { keys, now: new Date(expiresAt.getTime() - 1000) }).ok).toBe(true);
    expect(verifyHcert(text, { keys, now: new Date(issuedAt.getTime() - 10 * 60_000) })).toEqual({ ok: false, reason: "notYetValid" });
    expect(verifyHcert(text, { keys, now: new Date(issuedAt.getTime() - 60_000) }).ok).toBe(true);
  });

  it("keeps verifying certificates of a retired key after a rotation", () => {
    const oldText = signWith(ring.currentSigner);
    const next = newSigningKey();
    const rotated = keyRing(next, [key]);
    const newText = signWith(rotated.currentSigner);
    for (const text of [oldText, newText]) expect(verifyHcert(text, { keys: rotated.verificationKey, now: during }).ok).toBe(true);
    expect(verifyHcert(newText, { keys, now: during })).toEqual({ ok: false, reason: "unknownKey" });
    // Once the old key is no longer published, its certificates stop verifying.
    expect(verifyHcert(oldText, { keys: keyRing(next, []).verificationKey, now: during })).toEqual({ ok: false, reason: "unknownKey" });
  });

  it.each([
    ["empty", ""],
    ["the prefix alone", "HC1:"],
    ["not Base45", "HC1:abc"],
    ["a Base45 length that cannot be", "HC1:ABCD"],
    ["Base45 of text", `HC1:${base45Encode(new TextEncoder().encode("hello world"))}`],
    ["zlib of text", `HC1:${base45Encode(new Uint8Array(deflateSync("hello world")))}`],
    ["too long", `HC1:${"0".repeat(9_000)}`],
  ])("answers format for %s", (_, text) => {
    expect(verifyHcert(text, { keys, now: during })).toEqual({ ok: false, reason: "format" });
    expect(() => decodeHcert(text)).toThrow(HcertDecodeError);
  });

  it("answers schema for a signed payload that is not a DCC vaccination", () => {
    const text = signWith(ring.currentSigner, { ver: "1.3.0", nam: { fnt: "X" }, dob: "1990", v: [] });
    expect(verifyHcert(text, { keys, now: during })).toEqual({ ok: false, reason: "schema" });
  });
});
