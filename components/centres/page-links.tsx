import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous / "Page 2 of 5" / Next for a long list of results; every link keeps the whole search. */
export function PageLinks({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("centres.pages");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : null}
      <p aria-current="page">{t("of", { page, pages })}</p>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand-700 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
