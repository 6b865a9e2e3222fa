import { verhoeffCheckDigit } from "./checksums";
import { isValidPhotoId, normalisePhotoId } from "./photo-id";
import type { PhotoIdType } from "./types";

type RandomDigit = () => number;
const randomDigit: RandomDigit = () => Math.floor(Math.random() * 10);

/**
 * A fresh, valid number of any pack's photo ID type, for tests: the type's example with its digits drawn
 * anew (letters kept), the check digit recomputed, until the type's own validation accepts it.
 */
export function samplePhotoId(type: Pick<PhotoIdType, "code" | "pattern" | "checksum" | "example">, random: RandomDigit = randomDigit): string {
  const template = normalisePhotoId(type.example);
  for (let attempt = 0; attempt < 1000; attempt++) {
    let value = template.replace(/[0-9]/g, () => String(random()));
    if (type.checksum === "verhoeff") value = `${value.slice(0, -1)}${verhoeffCheckDigit(value.slice(0, -1))}`;
    if (isValidPhotoId(type, value)) return value;
  }
  throw new Error(`No valid sample for photo ID type ${type.code}: does its example match its pattern?`);
}
