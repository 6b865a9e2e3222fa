/** Code (hex, as written in the content stream) → text, from a ToUnicode CMap's bfchar and bfrange sections. */
export type ToUnicode = { codeLength: number; map: Map<string, string> };

/** UTF-16BE written as hex (a byte-order mark, if any, dropped). */
export const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le").replace(/^\uFEFF/, "");

export function parseToUnicode(cmap: string): ToUnicode {
  const map = new Map<string, string>();
  let codeLength = 2;
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(code!.toUpperCase(), utf16(text!));
      codeLength = code!.length / 2;
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, start] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      codeLength = low!.length / 2;
      const first = Number.parseInt(low!, 16);
      const base = Number.parseInt(start!, 16);
      for (let code = first; code <= Number.parseInt(high!, 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(low!.length, "0"), String.fromCharCode(base + code - first));
      }
    }
  }
  return { codeLength, map };
}

/** The text of a hex string shown in a font with this CMap (or read as Latin-1 without one). */
export function decodeShown(hex: string, toUnicode: ToUnicode | undefined): string {
  if (!toUnicode) return Buffer.from(hex, "hex").toString("latin1");
  const step = toUnicode.codeLength * 2;
  let text = "";
  for (let at = 0; at + step <= hex.length; at += step) text += toUnicode.map.get(hex.slice(at, at + step).toUpperCase()) ?? "\uFFFD";
  return text;
}
