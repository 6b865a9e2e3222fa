import { useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "@/components/ui/card";

const entries = [
  { key: "citizens", href: "/sign-in" },
  { key: "centres", href: "/centres" },
  { key: "certificate", href: "/certificates" },
  { key: "verify", href: "/verify" },
  { key: "staff", href: "/staff/sign-in" },
] as const;

const steps = ["register", "book", "certificate"] as const;

/** Static content only: the home page never touches the database. */
export default function HomePage() {
  const t = useTranslations("home");

  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="home-title" className="rounded-xl bg-brand-50 px-5 py-8 sm:px-8 sm:py-10">
        <h1 id="home-title" className="text-3xl font-bold text-brand-900 sm:text-4xl">
          {t("hero.title")}
        </h1>
        <p className="mt-4 max-w-prose text-lg text-slate-800">{t("hero.intro")}</p>
      </section>

      <section aria-labelledby="home-entry-title">
        <h2 id="home-entry-title" className="text-2xl font-bold text-slate-900">
          {t("entry.heading")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {entries.map(({ key, href }) => (
            // The link's ::after covers the card, so the whole card is one large target.
            <Card as="li" key={key} className="relative flex flex-col gap-2 hover:border-brand-700">
              <h3 className="text-lg font-semibold text-slate-900">{t(`entry.${key}.title`)}</h3>
              <p className="flex-1 text-slate-700">{t(`entry.${key}.body`)}</p>
              <Link
                href={href}
                className="font-semibold text-brand-700 underline after:absolute after:inset-0 after:rounded-lg hover:text-brand-900"
              >
                {t(`entry.${key}.link`)}
                <span aria-hidden="true"> →</span>
              </Link>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-how-title">
        <h2 id="home-how-title" className="text-2xl font-bold text-slate-900">
          {t("howItWorks.heading")}
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step} className="flex gap-3">
              <span
                aria-hidden="true"
                className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
              >
                {index + 1}
              </span>
              <div className="flex flex-col gap-1">
                <h3 className="font-semibold text-slate-900">{t(`howItWorks.${step}.title`)}</h3>
                <p className="text-slate-700">{t(`howItWorks.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
