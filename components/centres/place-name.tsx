import { useLocale } from "next-intl";
import { DataText } from "@/components/ui/data-text";
import { dataLocale, type Locale } from "@/lib/i18n/locales";

type Place = { name: string; nameLocal: string | null };

/** A state's or district's name in the reader's language when the pack has one, else the stored name, marked as data. */
export function PlaceName({ place }: { place: Place }) {
  const locale = useLocale();
  return usesLocalName(place, locale) ? place.nameLocal : <DataText>{place.name}</DataText>;
}

function usesLocalName(place: Place, locale: Locale): place is Place & { nameLocal: string } {
  return locale !== dataLocale && Boolean(place.nameLocal);
}

/** A place as a select option, its language marked when it is the stored name on a page in another language. */
export function placeOption(value: number, place: Place, locale: Locale) {
  if (usesLocalName(place, locale)) return { value: String(value), label: place.nameLocal };
  return { value: String(value), label: place.name, ...(locale === dataLocale ? {} : { lang: dataLocale }) };
}
