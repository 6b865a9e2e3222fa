import { Decoder, Encoder } from "cbor-x";

/*
 * One CBOR configuration for the certificate: plain RFC 8949 data only (no cbor-x records, structured clones or
 * typed-array tags), the shortest length heads, and Maps on decode so that COSE's integer keys stay integers.
 */
const encoder = new Encoder({
  useRecords: false,
  structuredClone: false,
  tagUint8Array: false,
  // With mapsAsObjects off, cbor-x does not wrap Maps in its tag 259.
  mapsAsObjects: false,
  variableMapSize: true,
});
const decoder = new Decoder({ useRecords: false, structuredClone: false, mapsAsObjects: false });

export const encodeCbor = (value: unknown): Uint8Array => encoder.encode(value);

/** Throws on malformed CBOR and on bytes after the first item. */
export const decodeCbor = (bytes: Uint8Array): unknown => decoder.decode(bytes);

/** A decoded CBOR map with text keys as a plain object (own properties only, so "__proto__" stays a key). */
export function toPlain(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [String(key), toPlain(item)]));
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}
