import { normaliseDigits } from "@/lib/forms/digits";
import { checksumValid } from "./checksums";
import type { CountryPack, PhotoIdType } from "./types";

/** The form IDs are validated, hashed and compared in: digits 0-9 whatever script they were typed in, upper case, without spaces, hyphens, dots or slashes. */
export function normalisePhotoId(raw: string): string {
  return normaliseDigits(raw).toUpperCase().replace(/[\s\-./]/g, "");
}

export function photoIdType(pack: CountryPack, code: string): PhotoIdType | undefined {
  return pack.photoIdTypes.find((type) => type.code === code);
}

/**
 * What is wrong with an ID number, if anything: "invalid" when it is not shaped like its type, "checksum"
 * when it is but its check digit does not match (a typo: the message says which digit to look at).
 * Each has a message per type in the validation catalogue (`photoId.<problem>.<CODE>`).
 */
export function photoIdProblem(type: Pick<PhotoIdType, "pattern" | "checksum">, raw: string): "invalid" | "checksum" | undefined {
  const value = normalisePhotoId(raw);
  if (!new RegExp(`^(?:${type.pattern})$`).test(value)) return "invalid";
  return type.checksum && !checksumValid(type.checksum, value) ? "checksum" : undefined;
}

/** Checks an already normalised or raw ID number against its type's pattern and checksum. */
export function isValidPhotoId(type: Pick<PhotoIdType, "pattern" | "checksum">, raw: string): boolean {
  return photoIdProblem(type, raw) === undefined;
}
