import { dataLocale, type Locale } from "@/lib/i18n/locales";

type Place = { name: string; nameLocal: string | null };

/** Whether a place is named in the reader's language (the pack has a local name and the page is not in the data's). */
export function usesLocalName(place: Place, locale: Locale): place is Place & { nameLocal: string } {
  return locale !== dataLocale && Boolean(place.nameLocal);
}

/** A place as a select option, its language marked when it is the stored name on a page in another language. */
export function placeOption(value: number, place: Place, locale: Locale): { value: string; label: string; lang?: string } {
  if (usesLocalName(place, locale)) return { value: String(value), label: place.nameLocal };
  return { value: String(value), label: place.name, ...(locale === dataLocale ? {} : { lang: dataLocale }) };
}
