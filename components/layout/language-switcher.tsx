import { useLocale, useTranslations } from "next-intl";
import { setLocale } from "@/lib/i18n/actions";
import { catalogueLocales, localeNames } from "@/lib/i18n/locales";

/**
 * One submit button per language, each named in its own language. A plain form
 * posting to a server action, so it works before (or without) JavaScript.
 */
export function LanguageSwitcher({ className }: { className?: string }) {
  const t = useTranslations("common");
  const current = useLocale();

  return (
    <form action={setLocale} aria-label={t("language.label")} className={className}>
      <ul className="flex items-center gap-1">
        {catalogueLocales.map((locale) => {
          const isCurrent = locale === current;
          return (
            <li key={locale}>
              <button
                type="submit"
                name="locale"
                value={locale}
                lang={locale}
                aria-current={isCurrent ? "true" : undefined}
                className={[
                  "min-h-10 rounded-md border px-3 py-1 text-sm font-semibold",
                  isCurrent
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-slate-400 bg-white text-brand-700 hover:bg-brand-50",
                ].join(" ")}
              >
                {localeNames[locale]}
              </button>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
