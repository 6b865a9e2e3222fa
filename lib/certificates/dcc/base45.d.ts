// @digitalbazaar/base45 ships no types: RFC 9285 Base45, strict on decode (throws on a bad character or length).
declare module "@digitalbazaar/base45" {
  export function encode(input: Uint8Array): string;
  export function decode(input: string): Uint8Array;
}
