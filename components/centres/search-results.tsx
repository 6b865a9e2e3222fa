import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { Search, SearchKind } from "@/lib/centres/search";
import { CentreCard } from "./centre-card";

const tryNext: Record<SearchKind, "tryPin" | "tryDistrict" | "tryNear"> = { pin: "tryPin", district: "tryDistrict", near: "tryNear" };

/** The list of centres, or an empty state that says what to try next. */
export function SearchResults({ search, summary, postalLabel, pin, clearFiltersHref }: {
  search: Extract<Search, { weeks: unknown }>;
  summary: ReactNode;
  postalLabel: string;
  pin?: string;
  clearFiltersHref: string;
}) {
  const t = useTranslations("centres");
  if (search.weeks.length === 0) {
    const hiddenByFilters = search.total > 0;
    return (
      <Card as="section" className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{t("empty.title")}</h2>
        <p>
          {hiddenByFilters
            ? t("empty.filtered", { count: search.total })
            : search.kind === "pin"
              ? t("empty.pin", { label: postalLabel, pin: pin ?? "" })
              : t(`empty.${search.kind}`)}
        </p>
        {hiddenByFilters ? (
          <Link href={clearFiltersHref} className="font-semibold text-brand-700 underline">
            {t("empty.clearFilters")}
          </Link>
        ) : (
          <p>{t(`empty.${tryNext[search.kind]}`)}</p>
        )}
      </Card>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="flex flex-col gap-3">
      <h2 id="results-heading" className="text-xl font-bold text-slate-900">
        {summary}
      </h2>
      <ul className="flex flex-col gap-4">
        {search.weeks.map((week) => (
          <CentreCard key={week.centre.id} week={week} postalLabel={postalLabel} from={search.from} />
        ))}
      </ul>
    </section>
  );
}
