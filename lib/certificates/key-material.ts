import { X509Certificate, createHash, generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

/*
 * The pure part of the certificate keys: PEM parsing, the DCC kid, the published forms. No files, no
 * configuration (lib/certificates/keys.ts brings those).
 */
export interface VerificationKey {
  kid: Uint8Array;
  kidBase64: string;
  publicKey: KeyObject;
  certificate?: X509Certificate;
}

export interface SigningKey extends VerificationKey {
  privateKey: KeyObject;
}

export interface PublishedKey {
  kid: string;
  status: "current" | "retired";
  alg: "ES256";
  publicKeyPem: string;
  certificatePem?: string;
}

export interface Jwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: "ES256";
  use: "sig";
  x5c?: string[];
}

export class KeyMaterialError extends Error {
  override name = "KeyMaterialError";
}

/** Environment values often carry PEMs on one line with literal "\n". */
export const normalizePem = (text: string) => text.replace(/(?:\\r)?\\n/g, "\n").replace(/\r\n/g, "\n").trim();

/** Every "-----BEGIN …-----" … "-----END …-----" block of a text, in order. */
export function pemBlocks(text: string): { label: string; pem: string }[] {
  const blocks = [...normalizePem(text).matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)];
  return blocks.map((match) => ({ label: match[1]!, pem: match[0] }));
}

export const isP256 = (key: KeyObject) => key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1";

const spkiDer = (key: KeyObject) => key.export({ type: "spki", format: "der" });

/** DCC kid: the first 8 bytes of the SHA-256 of the signing certificate's DER, or of the public key's SPKI DER without one. */
export function kidOf(publicKey: KeyObject, certificate?: X509Certificate): Uint8Array {
  return new Uint8Array(createHash("sha256").update(certificate ? certificate.raw : spkiDer(publicKey)).digest().subarray(0, 8));
}

function verificationKey(publicKey: KeyObject, certificate?: X509Certificate): VerificationKey {
  if (!isP256(publicKey)) throw new KeyMaterialError("expected a P-256 (prime256v1) EC key");
  const kid = kidOf(publicKey, certificate);
  return { kid, kidBase64: Buffer.from(kid).toString("base64"), publicKey, ...(certificate ? { certificate } : {}) };
}

function readCertificate(pem: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch {
    throw new KeyMaterialError("not a readable PEM X.509 certificate");
  }
}

/** The signing key from a PEM PKCS#8 P-256 private key and, optionally, the PEM certificate of its public key. */
export function parseSigningKey(privateKeyPem: string, certificatePem?: string): SigningKey {
  const [block] = pemBlocks(privateKeyPem);
  if (!block || block.label !== "PRIVATE KEY") throw new KeyMaterialError('expected a PEM PKCS#8 private key ("-----BEGIN PRIVATE KEY-----")');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(block.pem);
  } catch {
    throw new KeyMaterialError("not a readable PKCS#8 private key");
  }
  const publicKey = createPublicKey(privateKey);
  const certificate = certificatePem ? readCertificate(normalizePem(certificatePem)) : undefined;
  if (certificate && !spkiDer(certificate.publicKey).equals(spkiDer(publicKey))) {
    throw new KeyMaterialError("the signing certificate is not for the signing key");
  }
  return { ...verificationKey(publicKey, certificate), privateKey };
}

/** Zero or more concatenated PEM public keys or certificates (keys retired from signing that still verify). */
export function parseVerificationKeys(pems: string): VerificationKey[] {
  const blocks = pemBlocks(pems);
  if (blocks.length === 0 && normalizePem(pems) !== "") throw new KeyMaterialError("expected PEM public keys or certificates");
  return blocks.map(({ label, pem }) => {
    if (label === "CERTIFICATE") {
      const certificate = readCertificate(pem);
      return verificationKey(certificate.publicKey, certificate);
    }
    if (label === "PUBLIC KEY") return verificationKey(createPublicKey(pem));
    throw new KeyMaterialError(`expected PUBLIC KEY or CERTIFICATE blocks, not ${label}`);
  });
}

/** A fresh P-256 signing key, as a PKCS#8 PEM. */
export function generateSigningKeyPem(): string {
  return generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function toPublishedKey(key: VerificationKey, status: PublishedKey["status"]): PublishedKey {
  return {
    kid: key.kidBase64,
    status,
    alg: "ES256",
    publicKeyPem: key.publicKey.export({ type: "spki", format: "pem" }).toString(),
    ...(key.certificate ? { certificatePem: key.certificate.toString() } : {}),
  };
}

export function toJwk(key: VerificationKey): Jwk {
  const { x, y } = key.publicKey.export({ format: "jwk" });
  if (!x || !y) throw new KeyMaterialError("not an EC public key");
  return {
    kty: "EC",
    crv: "P-256",
    x,
    y,
    kid: key.kidBase64,
    alg: "ES256",
    use: "sig",
    ...(key.certificate ? { x5c: [key.certificate.raw.toString("base64")] } : {}),
  };
}
