import { sign, verify, type KeyObject } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { decode as base45Decode, encode as base45Encode } from "@digitalbazaar/base45";
import type { InvalidReason } from "@/lib/certificates/types";
import { decodeCbor, encodeCbor, toPlain } from "./cbor";
import { CoseFormatError, ES256, HEADER_ALG, HEADER_KID, decodeCoseSign1, decodeProtectedHeader, encodeCoseSign1, sigStructure } from "./cose";
import type { DccPayload } from "./payload";
import { readDccPayload } from "./read-payload";

/*
 * The EU DCC "HC1" text of a QR code: "HC1:" + Base45(zlib(COSE_Sign1(CWT claims))), signed with ES256.
 * CWT claims: 1 issuer country, 6 issued at, 4 expires (seconds), -260 the health certificate {1: payload}.
 */
const PREFIX = "HC1:";
const CLAIM_ISS = 1;
const CLAIM_EXP = 4;
const CLAIM_IAT = 6;
const CLAIM_HCERT = -260;
const HCERT_DCC = 1;
// A QR code holds at most ~4,300 alphanumeric characters; more is not a certificate, and a zip bomb must stop early.
const MAX_TEXT = 8_000;
const MAX_INFLATED = 64 * 1024;
// A verifier's clock may run a little behind the issuer's.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface HcertSigner {
  kid: Uint8Array;
  privateKey: KeyObject;
}

export interface HcertClaims {
  /** The CWT `iss`: the issuing country; optional in the DCC specification. */
  issuer: string | undefined;
  issuedAt: Date;
  expiresAt: Date;
}

export interface DecodedHcert {
  kid: Uint8Array;
  claims: HcertClaims;
  payload: DccPayload;
  protectedBytes: Uint8Array;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

export type HcertVerification =
  | { ok: true; kid: string; payload: DccPayload; claims: HcertClaims }
  | { ok: false; reason: Extract<InvalidReason, "format" | "unknownKey" | "signature" | "expired" | "notYetValid" | "schema"> };

/** Thrown by decodeHcert: the text is not an HC1 certificate (or its payload is not a DCC vaccination, `schema`). */
export class HcertDecodeError extends Error {
  override name = "HcertDecodeError";
  constructor(
    readonly reason: "format" | "schema",
    message: string,
  ) {
    super(message);
  }
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function signHcert(
  payload: DccPayload,
  options: { signer: HcertSigner; issuerCountry: string; issuedAt: Date; expiresAt: Date },
): string {
  const protectedBytes = encodeCbor(new Map<number, unknown>([[HEADER_ALG, ES256], [HEADER_KID, options.signer.kid]]));
  const claims = new Map<number, unknown>([
    [CLAIM_ISS, options.issuerCountry],
    [CLAIM_IAT, seconds(options.issuedAt)],
    [CLAIM_EXP, seconds(options.expiresAt)],
    [CLAIM_HCERT, new Map([[HCERT_DCC, payload]])],
  ]);
  const payloadBytes = encodeCbor(claims);
  // COSE wants r||s (IEEE P1363), not the DER that node:crypto gives by default.
  const signature = sign("sha256", sigStructure(protectedBytes, payloadBytes), { key: options.signer.privateKey, dsaEncoding: "ieee-p1363" });
  const cose = encodeCoseSign1({ protectedBytes, unprotected: new Map(), payloadBytes, signature });
  // base45's encoder reads the array buffer from offset 0: give it a fresh copy, not a slice of zlib's pool.
  return PREFIX + base45Encode(new Uint8Array(deflateSync(cose, { level: 9 })));
}

function fail(reason: "format" | "schema", message: string): never {
  throw new HcertDecodeError(reason, message);
}

function unwrap(text: string): Uint8Array {
  let body = text.trim();
  if (body.startsWith(PREFIX)) body = body.slice(PREFIX.length);
  if (body.length === 0 || body.length > MAX_TEXT) fail("format", "not an HC1 text of a plausible length");
  let compressed: Uint8Array;
  try {
    compressed = base45Decode(body);
  } catch (error) {
    fail("format", `not Base45: ${(error as Error).message}`);
  }
  // The DCC specification has issuers compress; a few early ones did not, and a COSE_Sign1 never starts like zlib.
  if (compressed[0] !== 0x78) return compressed;
  try {
    return inflateSync(compressed, { maxOutputLength: MAX_INFLATED });
  } catch (error) {
    fail("format", `not zlib: ${(error as Error).message}`);
  }
}

function claimsOf(payloadBytes: Uint8Array): { claims: HcertClaims; hcert: unknown } {
  let claims: unknown;
  try {
    claims = decodeCbor(payloadBytes);
  } catch (error) {
    fail("format", `CWT claims are not CBOR: ${(error as Error).message}`);
  }
  if (!(claims instanceof Map)) fail("format", "CWT claims are not a map");
  const iss: unknown = claims.get(CLAIM_ISS);
  const iat: unknown = claims.get(CLAIM_IAT);
  const exp: unknown = claims.get(CLAIM_EXP);
  const hcert: unknown = claims.get(CLAIM_HCERT);
  if (typeof iat !== "number" || typeof exp !== "number" || !Number.isFinite(iat) || !Number.isFinite(exp)) fail("format", "iat or exp missing");
  if (iss !== undefined && typeof iss !== "string") fail("format", "iss is not text");
  if (!(hcert instanceof Map) || !hcert.has(HCERT_DCC)) fail("format", "no health certificate (-260 → 1)");
  return { claims: { issuer: iss, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000) }, hcert: hcert.get(HCERT_DCC) };
}

interface HcertParts extends Omit<DecodedHcert, "claims" | "payload"> {
  alg: unknown;
}

/** Unwraps the text down to the signed bytes; nothing inside the signed payload is read yet. */
function partsOf(text: string): HcertParts {
  try {
    const { protectedBytes, unprotected, payloadBytes, signature } = decodeCoseSign1(unwrap(text));
    const header = decodeProtectedHeader(protectedBytes);
    // The DCC puts the kid in the protected header; early issuers used the unprotected one.
    const kid: unknown = header.get(HEADER_KID) ?? unprotected.get(HEADER_KID);
    if (!(kid instanceof Uint8Array) || kid.length === 0) fail("format", "no kid");
    return { kid: Uint8Array.from(kid), alg: header.get(HEADER_ALG), protectedBytes, payloadBytes, signature };
  } catch (error) {
    if (error instanceof CoseFormatError) fail("format", error.message);
    throw error;
  }
}

function payloadOf(hcert: unknown): DccPayload {
  return readDccPayload(toPlain(hcert)) ?? fail("schema", "the payload is not a DCC vaccination");
}

/** Reads an HC1 text (with or without the prefix) without checking its signature; throws HcertDecodeError. */
export function decodeHcert(text: string): DecodedHcert {
  const { kid, protectedBytes, payloadBytes, signature } = partsOf(text);
  const { claims, hcert } = claimsOf(payloadBytes);
  return { kid, claims, payload: payloadOf(hcert), protectedBytes, payloadBytes, signature };
}

/**
 * Checks an HC1 text: its envelope, a published key for its kid, the signature, then (only on signed bytes) the
 * claims, dates and payload shape. Never throws for bad input.
 */
export function verifyHcert(text: string, options: { keys: (kidBase64: string) => KeyObject | undefined; now: Date }): HcertVerification {
  try {
    const parts = partsOf(text);
    const kid = Buffer.from(parts.kid).toString("base64");
    const key = options.keys(kid);
    if (!key) return { ok: false, reason: "unknownKey" };
    const signed = sigStructure(parts.protectedBytes, parts.payloadBytes);
    const valid =
      parts.alg === ES256 && parts.signature.length === 64 && verify("sha256", signed, { key, dsaEncoding: "ieee-p1363" }, parts.signature);
    if (!valid) return { ok: false, reason: "signature" };
    const { claims, hcert } = claimsOf(parts.payloadBytes);
    const now = options.now.getTime();
    if (now < claims.issuedAt.getTime() - CLOCK_SKEW_MS) return { ok: false, reason: "notYetValid" };
    if (now >= claims.expiresAt.getTime()) return { ok: false, reason: "expired" };
    return { ok: true, kid, payload: payloadOf(hcert), claims };
  } catch (error) {
    if (error instanceof HcertDecodeError) return { ok: false, reason: error.reason };
    throw error;
  }
}
