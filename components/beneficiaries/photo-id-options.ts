import type { CountryPack } from "@/lib/country/types";
import { localise } from "@/lib/country/text";
import type { Locale } from "@/lib/i18n/locales";
import type { PhotoIdOption } from "./beneficiary-form";

/** What the browser form needs of the pack's photo ID types, labelled in the page's locale. */
export function photoIdOptions(pack: CountryPack, locale: Locale): PhotoIdOption[] {
  return pack.photoIdTypes.map(({ code, label, pattern, checksum, example }) => ({
    code,
    label: localise(label, locale),
    pattern,
    example,
    ...(checksum && { checksum }),
  }));
}

export function photoIdLabel(pack: CountryPack, locale: Locale, code: string): string {
  const type = pack.photoIdTypes.find((candidate) => candidate.code === code);
  return type ? localise(type.label, locale) : code;
}
