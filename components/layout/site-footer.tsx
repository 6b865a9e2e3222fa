import Link from "next/link";
import { useTranslations } from "next-intl";
import { navItems } from "./nav-items";

export function SiteFooter() {
  const t = useTranslations("common");

  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-50">
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-4 px-4 py-8 text-sm text-slate-700 sm:flex-row sm:justify-between">
        <div className="flex max-w-prose flex-col gap-1">
          <p className="font-semibold text-slate-900">{t("footer.tagline")}</p>
          <p>{t("footer.openSource")}</p>
        </div>
        <nav aria-label={t("footer.navLabel")}>
          <ul className="flex flex-col gap-2">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-700 underline hover:text-brand-900">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
