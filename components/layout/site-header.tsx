import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { principalFromCookies } from "@/lib/auth/session-token";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { headerItems } from "./nav-items";

type SiteHeaderProps = {
  /** Rendered as the last item of the main navigation, e.g. the signed-in user and a sign-out control. */
  accountSlot?: ReactNode;
};

const navLinkClass =
  "inline-flex min-h-10 items-center rounded-md px-1.5 py-1 font-medium text-brand-700 underline hover:bg-brand-50 aria-[current=page]:bg-brand-50 aria-[current=page]:no-underline";

/**
 * Phones: brand and language on the first row, the navigation below (one row once signed in, in every
 * language). From `lg` up: one row. No client JavaScript needed. Who is signed in is read from the session
 * cookie alone (no database round trip per page).
 */
export async function SiteHeader({ accountSlot }: SiteHeaderProps) {
  const t = await getTranslations("common");
  const principal = await principalFromCookies(await cookies());
  // Short labels where they exist (Centres, Verify, Sign in, Staff), so the header fits two rows on a 360 px phone.
  const navLabel = (key: string) => (t.has(`nav.short.${key}`) ? t(`nav.short.${key}`) : t(`nav.${key}`));

  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link
          href="/"
          aria-label={t("header.homeLink")}
          className="flex items-center gap-2 text-xl font-bold text-brand-800 no-underline"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 fill-brand-700">
            <path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 5h2v3h3v2h-3v3h-2v-3H8v-2h3V7Z" />
          </svg>
          {t("brand")}
        </Link>

        <LanguageSwitcher className="ms-auto lg:order-last" />

        <nav aria-label={t("nav.label")} className="w-full lg:w-auto">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {headerItems(principal !== null).map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className={navLinkClass}>
                  {navLabel(item.key)}
                </NavLink>
              </li>
            ))}
            {principal ? <AccountLink principal={principal} className={navLinkClass} /> : null}
            {accountSlot ? <li className="flex items-center">{accountSlot}</li> : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
