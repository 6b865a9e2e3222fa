import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { addDays } from "@/lib/time/dates";
import { dayFormat, dayOf, longDayFormat } from "./format";

/**
 * Which week is shown, with links to the weeks around it (never before today). `short` (the search results)
 * names the day briefly so the links share its line on a phone.
 */
export function WeekNav({ from, today, hrefFor, short = false }: { from: string; today: string; hrefFor: (from: string) => string; short?: boolean }) {
  const t = useTranslations("centres.results");
  const format = useFormatter();
  const first = format.dateTime(dayOf(from), short ? dayFormat : longDayFormat);
  const previous = addDays(from, -7) < today ? (from > today ? today : null) : addDays(from, -7);
  return (
    <nav aria-label={t("week", { from: first })} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-semibold text-slate-900">{t("week", { from: first })}</p>
      {previous ? (
        <Link href={hrefFor(previous)} className="text-brand-700 underline">
          {t("previousWeek")}
        </Link>
      ) : null}
      <Link href={hrefFor(addDays(from, 7))} className="text-brand-700 underline">
        {t("nextWeek")}
      </Link>
    </nav>
  );
}
