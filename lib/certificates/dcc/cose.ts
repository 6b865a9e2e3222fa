import { Tag } from "cbor-x";
import { decodeCbor, encodeCbor } from "./cbor";

/** COSE (RFC 9052) labels and the one algorithm the DCC uses here. */
export const COSE_SIGN1_TAG = 18;
export const HEADER_ALG = 1;
export const HEADER_KID = 4;
export const ES256 = -7;
const CWT_TAG = 61;

export interface CoseSign1 {
  protectedBytes: Uint8Array;
  unprotected: Map<unknown, unknown>;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

/** What the signature covers: Sig_structure = ["Signature1", protected, external_aad = h'', payload]. */
export function sigStructure(protectedBytes: Uint8Array, payloadBytes: Uint8Array): Uint8Array {
  return encodeCbor(["Signature1", protectedBytes, new Uint8Array(0), payloadBytes]);
}

export function encodeCoseSign1({ protectedBytes, unprotected, payloadBytes, signature }: CoseSign1): Uint8Array {
  return encodeCbor(new Tag([protectedBytes, unprotected, payloadBytes, signature], COSE_SIGN1_TAG));
}

export class CoseFormatError extends Error {
  override name = "CoseFormatError";
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/** Reads a COSE_Sign1: tag 18 (inside a CWT tag 61 or not), or the bare four-element array some issuers send. */
export function decodeCoseSign1(bytes: Uint8Array): CoseSign1 {
  let item: unknown;
  try {
    item = decodeCbor(bytes);
  } catch (error) {
    throw new CoseFormatError(`not CBOR: ${(error as Error).message}`);
  }
  if (item instanceof Tag && item.tag === CWT_TAG) item = item.value;
  if (item instanceof Tag && item.tag === COSE_SIGN1_TAG) item = item.value;
  if (!Array.isArray(item) || item.length !== 4) throw new CoseFormatError("not a COSE_Sign1 array");
  const [protectedBytes, unprotected, payloadBytes, signature] = item as unknown[];
  if (!isBytes(protectedBytes) || !isBytes(payloadBytes) || !isBytes(signature) || !(unprotected instanceof Map)) {
    throw new CoseFormatError("COSE_Sign1 parts of the wrong type");
  }
  return { protectedBytes, unprotected, payloadBytes, signature };
}

/** The protected header as a map; an empty bstr stands for an empty map (RFC 9052 §3). */
export function decodeProtectedHeader(protectedBytes: Uint8Array): Map<unknown, unknown> {
  if (protectedBytes.length === 0) return new Map();
  let header: unknown;
  try {
    header = decodeCbor(protectedBytes);
  } catch (error) {
    throw new CoseFormatError(`protected header is not CBOR: ${(error as Error).message}`);
  }
  if (!(header instanceof Map)) throw new CoseFormatError("protected header is not a map");
  return header;
}
