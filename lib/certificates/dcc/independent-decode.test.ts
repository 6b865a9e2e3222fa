import { decode as cborDecode, encode as cborEncode } from "cborg";
import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { keyRing } from "@/lib/certificates/key-ring";
import { signHcert } from "./hcert";
import { buildVaccinationPayload } from "./payload";
import { newSigningKey, payloadInput } from "./test-fixtures";

/*
 * Reads our QR text along a path that shares no code with the encoder: a Base45 decoder written here, fflate for
 * zlib, cborg (strict: shortest encodings only) for CBOR, and WebCrypto with the published JWK for ES256.
 */
const B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

function base45(text: string): Uint8Array {
  const values = [...text].map((c) => B45.indexOf(c));
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 3) {
    const [c, d, e] = values.slice(i, i + 3);
    const n = c! + d! * 45 + (e === undefined ? 0 : e * 2025);
    if (e === undefined) out.push(n);
    else out.push(n >> 8, n & 0xff);
  }
  return Uint8Array.from(out);
}

const strict = { strict: true, useMaps: true, rejectDuplicateMapKeys: true } as const;
const cbor = (bytes: Uint8Array) => cborDecode(bytes, { ...strict, tags: { 18: (decode) => ({ coseSign1: decode() }) } }) as unknown;

const plain = (value: unknown): unknown =>
  value instanceof Map ? Object.fromEntries([...value].map(([k, v]) => [k, plain(v)])) : Array.isArray(value) ? value.map(plain) : value;

describe("our HC1 read by independent code", () => {
  it("decodes every field and verifies the signature with WebCrypto and the published JWK", async () => {
    const signing = newSigningKey();
    const ring = keyRing(signing, []);
    const input = payloadInput({ name: { family: "Musterfrau-Gößinger", given: "सीता" }, birthDate: "1998-02-26" });
    const issuedAt = new Date("2026-12-01T10:00:00Z");
    const expiresAt = new Date("2027-12-01T10:00:00Z");
    const text = signHcert(buildVaccinationPayload(input), { signer: ring.currentSigner, issuerCountry: "IN", issuedAt, expiresAt });

    expect(text.startsWith("HC1:")).toBe(true);
    const cose = cbor(unzlibSync(base45(text.slice(4)))) as { coseSign1: [Uint8Array, Map<number, unknown>, Uint8Array, Uint8Array] };
    const [protectedBytes, unprotected, payloadBytes, signature] = cose.coseSign1;
    expect(unprotected.size).toBe(0);

    const header = cbor(protectedBytes) as Map<number, unknown>;
    expect(header.get(1)).toBe(-7);
    const kid = header.get(4) as Uint8Array;
    const [jwk] = ring.jwks.keys;
    expect(Buffer.from(kid).toString("base64")).toBe(jwk!.kid);

    const claims = cbor(payloadBytes) as Map<number, unknown>;
    expect([...claims.keys()].sort()).toEqual([-260, 1, 4, 6].sort());
    expect(claims.get(1)).toBe("IN");
    expect(claims.get(6)).toBe(issuedAt.getTime() / 1000);
    expect(claims.get(4)).toBe(expiresAt.getTime() / 1000);
    const hcert = claims.get(-260) as Map<number, unknown>;
    expect(plain(hcert.get(1))).toEqual({
      ver: "1.3.0",
      nam: { fn: "Musterfrau-Gößinger", fnt: "MUSTERFRAU<GOESSINGER", gn: "सीता", gnt: "SITA" },
      dob: "1998-02-26",
      v: [
        {
          tg: "840539006",
          vp: input.dose.prophylaxis,
          mp: input.dose.product,
          ma: input.dose.manufacturer,
          dn: 2,
          sd: 2,
          dt: "2026-11-30",
          co: "IN",
          is: input.issuer,
          ci: input.certificateId,
        },
      ],
    });

    const sigStructure = Uint8Array.from(cborEncode(["Signature1", protectedBytes, new Uint8Array(0), payloadBytes]));
    const rs = Uint8Array.from(signature);
    const publicKey = await crypto.subtle.importKey("jwk", jwk!, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    const es256 = { name: "ECDSA", hash: "SHA-256" };
    expect(await crypto.subtle.verify(es256, publicKey, rs, sigStructure)).toBe(true);

    const tampered = Uint8Array.from(sigStructure);
    tampered[tampered.length - 5]! ^= 1;
    expect(await crypto.subtle.verify(es256, publicKey, rs, tampered)).toBe(false);
  });
});
