import type { Locale } from "@/lib/i18n/locales";
import type { LocalisedText } from "./types";

/** A pack's text in the wanted locale, falling back to English. */
export function localise(text: LocalisedText, locale: Locale): string {
  return text[locale] ?? text.en;
}
