import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorCopyProvider } from "@/components/layout/error-copy";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const brand = t("brand");
  return {
    title: { template: `%s · ${brand}`, default: brand },
    description: t("meta.description"),
    applicationName: brand,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b5c6b",
};

/**
 * The locale comes from the NEXT_LOCALE cookie (see lib/i18n/request.ts), so every
 * page renders per request. Pages render inside <main>; they must not add their own.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const te = await getTranslations("errors.unexpected");
  const errorCopy = { title: te("title"), body: te("body"), reference: te("reference"), retry: te("retry"), home: te("home") };

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        {/*
          No messages for client components here: forms get theirs from their pages (ClientMessages), so pages
          without one load neither messages nor the message formatter. The error page's words come ready-made.
        */}
        <ErrorCopyProvider copy={errorCopy}>
          <a
            href="#main-content"
            className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-brand-800 focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ErrorCopyProvider>
      </body>
    </html>
  );
}
