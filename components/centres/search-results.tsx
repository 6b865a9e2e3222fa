import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { weekWindow } from "@/lib/centres/rules";
import type { SearchParams } from "@/lib/centres/schemas";
import type { Search, SearchKind } from "@/lib/centres/search";
import { pageHref, pageOf } from "@/lib/centres/search-url";
import { CentreCard } from "./centre-card";
import { FocusOnArrival } from "./focus-on-arrival";
import { PageLinks } from "./page-links";

const tryNext: Record<SearchKind, "tryPin" | "tryDistrict" | "tryNear"> = { pin: "tryPin", district: "tryDistrict", near: "tryNear" };

export const resultsHeadingId = "results-heading";

/** The centres, a page at a time, or an empty state that says what to try next. Focus lands on its heading. */
export function SearchResults({ search, summary, postalLabel, params, clearFiltersHref, before }: {
  search: Extract<Search, { weeks: unknown }>;
  summary: ReactNode;
  postalLabel: string;
  params: SearchParams;
  clearFiltersHref: string;
  /** The week's links and the filters, shown before the heading and the list. */
  before?: ReactNode;
}) {
  const t = useTranslations("centres");
  if (search.weeks.length === 0) {
    const hiddenByFilters = search.total > 0;
    return (
      <Card as="section" className="flex flex-col gap-2">
        <h2 id={resultsHeadingId} tabIndex={-1} className="text-lg font-semibold text-slate-900">
          {t("empty.title")}
        </h2>
        <FocusOnArrival id={resultsHeadingId} />
        <p>
          {hiddenByFilters
            ? t("empty.filtered", { count: search.total })
            : search.kind === "pin"
              ? t("empty.pin", { label: postalLabel, pin: params.pin ?? "" })
              : t(`empty.${search.kind}`)}
        </p>
        {hiddenByFilters ? (
          <Link href={clearFiltersHref} className="font-semibold text-brand-700 underline">
            {t("empty.clearFilters")}
          </Link>
        ) : (
          <p>{t(`empty.${tryNext[search.kind]}`)}</p>
        )}
        {before}
      </Card>
    );
  }
  const { page, pages, items } = pageOf(search.weeks, params.page);
  const days = weekWindow(search.from).days;
  const hrefFor = (n: number) => pageHref(params, n);
  return (
    <section aria-labelledby={resultsHeadingId} className="flex flex-col gap-3">
      {before}
      <h2 id={resultsHeadingId} tabIndex={-1} className="text-lg font-bold text-slate-900">
        {summary}
      </h2>
      <FocusOnArrival id={resultsHeadingId} />
      <ul className="flex flex-col gap-3">
        {items.map((week) => (
          <CentreCard key={week.centre.id} week={week} postalLabel={postalLabel} days={days} params={params} />
        ))}
      </ul>
      <PageLinks page={page} pages={pages} hrefFor={hrefFor} />
    </section>
  );
}
