import { useLocale } from "next-intl";
import { DataText } from "@/components/ui/data-text";
import { usesLocalName } from "@/lib/centres/place-option";

export { placeOption } from "@/lib/centres/place-option";

type Place = { name: string; nameLocal: string | null };

/** A state's or district's name in the reader's language when the pack has one, else the stored name, marked as data. */
export function PlaceName({ place }: { place: Place }) {
  const locale = useLocale();
  return usesLocalName(place, locale) ? place.nameLocal : <DataText>{place.name}</DataText>;
}
