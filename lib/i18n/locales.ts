/** Locales that have a complete message catalogue. A country pack picks from these. */
export const catalogueLocales = ["en", "hi"] as const;
export type Locale = (typeof catalogueLocales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (catalogueLocales as readonly string[]).includes(value);
}

/** Each language's name in its own script, shown in the language switcher whatever the current locale. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  hi: "हिन्दी",
};

/**
 * The language data is stored in: centre, place and vaccine names and addresses (places may add a local
 * name). Pages in another language mark such text with it (components/ui/data-text.tsx).
 */
export const dataLocale: Locale = "en";
