import fs from "node:fs";
import path from "node:path";
import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KeyMaterialError, generateSigningKeyPem, normalizePem, parseSigningKey, parseVerificationKeys, pemBlocks, toJwk, toPublishedKey } from "./key-material";
import { keyRing } from "./key-ring";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "testdata", name), "utf8");
const keyPem = fixture("signing-key.pem");
const certPem = fixture("signing-cert.pem");
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest();
const pkcs8 = (key: ReturnType<typeof generateKeyPairSync>["privateKey"]) => key.export({ type: "pkcs8", format: "pem" }).toString();

describe("parseSigningKey", () => {
  it("takes the kid from the SPKI of the public key when there is no certificate", () => {
    const key = parseSigningKey(keyPem);
    const spki = createPublicKey(keyPem).export({ type: "spki", format: "der" });
    expect(Buffer.from(key.kid)).toEqual(sha256(spki).subarray(0, 8));
    expect(key.kidBase64).toBe(Buffer.from(key.kid).toString("base64"));
    expect(key.certificate).toBeUndefined();
  });

  it("takes the kid from the certificate's DER when there is one", () => {
    const key = parseSigningKey(keyPem, certPem);
    expect(Buffer.from(key.kid)).toEqual(sha256(Buffer.from(certPem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64")).subarray(0, 8));
    expect(key.kidBase64).not.toBe(parseSigningKey(keyPem).kidBase64);
  });

  it("reads PEMs whose line breaks are written as \\n, as env files hold them", () => {
    const oneLine = keyPem.trim().replace(/\n/g, "\\n");
    expect(oneLine).not.toContain("\n");
    expect(parseSigningKey(oneLine, certPem.replace(/\n/g, "\\n")).kidBase64).toBe(parseSigningKey(keyPem, certPem).kidBase64);
    expect(normalizePem("a\\r\\nb\r\nc\\nd")).toBe("a\nb\nc\nd");
  });

  it.each([
    ["garbage", "not a key", /PKCS#8 private key/],
    ["a public key", createPublicKey(keyPem).export({ type: "spki", format: "pem" }).toString(), /PKCS#8 private key/],
    ["a P-384 key", pkcs8(generateKeyPairSync("ec", { namedCurve: "secp384r1" }).privateKey), /P-256/],
    ["an Ed25519 key", pkcs8(generateKeyPairSync("ed25519").privateKey), /P-256/],
    ["a broken PEM", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", /readable/],
  ])("refuses %s", (_, pem, message) => {
    expect(() => parseSigningKey(pem)).toThrow(KeyMaterialError);
    expect(() => parseSigningKey(pem)).toThrow(message);
  });

  it("refuses a certificate of another key", () => {
    expect(() => parseSigningKey(generateSigningKeyPem(), certPem)).toThrow(/not for the signing key/);
  });

  it("generates P-256 keys", () => {
    const pem = generateSigningKeyPem();
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(parseSigningKey(pem).kidBase64).not.toBe(parseSigningKey(generateSigningKeyPem()).kidBase64);
  });
});

describe("parseVerificationKeys", () => {
  it("reads concatenated public keys and certificates, with the same kids as when they signed", () => {
    const other = generateSigningKeyPem();
    const otherPublic = createPublicKey(other).export({ type: "spki", format: "pem" }).toString();
    const keys = parseVerificationKeys(`${certPem}\n${otherPublic}`);
    expect(keys.map((key) => key.kidBase64)).toEqual([parseSigningKey(keyPem, certPem).kidBase64, parseSigningKey(other).kidBase64]);
    expect(pemBlocks(`${certPem}${otherPublic}`).map((block) => block.label)).toEqual(["CERTIFICATE", "PUBLIC KEY"]);
  });

  it("reads nothing from nothing, and refuses text that holds no PEM or a private key", () => {
    expect(parseVerificationKeys("")).toEqual([]);
    expect(() => parseVerificationKeys("hello")).toThrow(/PEM public keys/);
    expect(() => parseVerificationKeys(keyPem)).toThrow(/not PRIVATE KEY/);
  });
});

describe("published forms", () => {
  it("gives a JWK that imports as the same public key", () => {
    const key = parseSigningKey(keyPem, certPem);
    const jwk = toJwk(key);
    expect(jwk).toMatchObject({ kty: "EC", crv: "P-256", kid: key.kidBase64, alg: "ES256", use: "sig" });
    expect(jwk.x5c).toEqual([key.certificate!.raw.toString("base64")]);
    const imported = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: "jwk" });
    expect(imported.equals(key.publicKey)).toBe(true);
  });

  it("lists the key with its PEMs", () => {
    const published = toPublishedKey(parseSigningKey(keyPem, certPem), "current");
    expect(published).toMatchObject({ status: "current", alg: "ES256" });
    expect(createPublicKey(published.publicKeyPem).equals(createPublicKey(keyPem))).toBe(true);
    expect(published.certificatePem?.trim()).toBe(certPem.trim());
    expect(toPublishedKey(parseSigningKey(keyPem), "retired")).not.toHaveProperty("certificatePem");
  });
});

describe("keyRing", () => {
  it("signs with the current key and verifies with current and retired ones, each published once", () => {
    const current = parseSigningKey(generateSigningKeyPem());
    const old = parseSigningKey(keyPem, certPem);
    const ring = keyRing(current, [old, old, current]);
    expect(ring.currentSigner.kidBase64).toBe(current.kidBase64);
    expect(ring.publishedKeys.map((key) => [key.kid, key.status])).toEqual([
      [current.kidBase64, "current"],
      [old.kidBase64, "retired"],
    ]);
    expect(ring.jwks.keys.map((key) => key.kid)).toEqual([current.kidBase64, old.kidBase64]);
    expect(ring.verificationKey(old.kidBase64)?.equals(old.publicKey)).toBe(true);
    expect(ring.verificationKey(current.kidBase64)?.equals(current.publicKey)).toBe(true);
    expect(ring.verificationKey("AAAAAAAAAAA=")).toBeUndefined();
  });
});
