import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { addDays } from "@/lib/time/dates";
import { dayOf, longDayFormat } from "./format";

/** Which week is shown, with links to the weeks around it (never before today). */
export function WeekNav({ from, today, hrefFor }: { from: string; today: string; hrefFor: (from: string) => string }) {
  const t = useTranslations("centres.results");
  const format = useFormatter();
  const previous = addDays(from, -7) < today ? (from > today ? today : null) : addDays(from, -7);
  return (
    <nav aria-label={t("week", { from: format.dateTime(dayOf(from), longDayFormat) })} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-semibold text-slate-900">{t("week", { from: format.dateTime(dayOf(from), longDayFormat) })}</p>
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
