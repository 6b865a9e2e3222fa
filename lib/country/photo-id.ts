import { checksumValid } from "./checksums";
import type { CountryPack, PhotoIdType } from "./types";

/** The form IDs are validated, hashed and compared in: upper case, without spaces, hyphens, dots or slashes. */
export function normalisePhotoId(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-./]/g, "");
}

export function photoIdType(pack: CountryPack, code: string): PhotoIdType | undefined {
  return pack.photoIdTypes.find((type) => type.code === code);
}

/** Checks an already normalised or raw ID number against its type's pattern and checksum. */
export function isValidPhotoId(type: Pick<PhotoIdType, "pattern" | "checksum">, raw: string): boolean {
  const value = normalisePhotoId(raw);
  if (!new RegExp(`^(?:${type.pattern})$`).test(value)) return false;
  return type.checksum ? checksumValid(type.checksum, value) : true;
}
