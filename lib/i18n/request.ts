import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCountryPack } from "@/lib/country";
import { catalogueLocales, defaultLocale, isLocale, localeCookie, type Locale } from "./locales";
import { loadMessages } from "./messages";
import { matchAcceptLanguage } from "./negotiate";

/**
 * The locale lives in a cookie, not in the URL. Order: explicit override
 * (`getTranslations({ locale })`), the NEXT_LOCALE cookie, Accept-Language,
 * then the default.
 */
async function resolveLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const fromHeader = matchAcceptLanguage((await headers()).get("accept-language"), catalogueLocales);
  return fromHeader ?? defaultLocale;
}

export default getRequestConfig(async ({ locale: override }) => {
  const locale = isLocale(override) ? override : await resolveLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    // The country's zone, fixed, so server and client render dates alike and "today" means the pack's today.
    timeZone: getCountryPack().timeZone,
  };
});
