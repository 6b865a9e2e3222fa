import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dayOf, longDayFormat } from "@/components/centres/format";
import { CentreDetails } from "@/components/centres/centre-details";
import { SessionDays } from "@/components/centres/session-days";
import { WeekNav } from "@/components/centres/week-nav";
import { DataText } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { loadCentre } from "@/lib/centres/directory";
import { weekWindow } from "@/lib/centres/rules";
import { idParam } from "@/lib/centres/schemas";
import { centreWeek, filtersOf } from "@/lib/centres/search";
import { readSearchParams } from "@/lib/centres/search-params";
import { backToSearchHref, bookHref, centreHref, filtersQuery } from "@/lib/centres/search-url";
import { getCountryPack } from "@/lib/country";
import { localise } from "@/lib/country/text";
import { isoDateIn } from "@/lib/time/dates";

export const dynamic = "force-dynamic";

type PageProps = {
  params: Promise<{ centreId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(props: PageProps) {
  const id = idParam.safeParse((await props.params).centreId);
  if (!id.success) notFound();
  const centre = await loadCentre(id.data);
  if (!centre) notFound();
  return centre;
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  return { title: (await load(props)).name };
}

/** A centre's week. Opened from a search, it carries that search: its filters apply and "Back to search" returns to it. */
export default async function CentrePage(props: PageProps) {
  const centre = await load(props);
  const t = await getTranslations("centres.centre");
  const locale = await getLocale();
  const pack = getCountryPack();
  const today = isoDateIn(pack.timeZone);
  const { params } = readSearchParams(await props.searchParams, pack.postalCode);
  const from = params.from ?? today;
  const sessions = await centreWeek(centre.id, from, filtersOf(params));
  const filtered = Object.values(filtersQuery(params)).some((v) => v !== undefined && v !== false);

  return (
    <div className="flex flex-col gap-6">
      <Link href={backToSearchHref(params, centre)} className="text-brand-700 underline">
        <span aria-hidden="true">← </span>
        {t("back")}
      </Link>
      <PageHeading title={<DataText>{centre.name}</DataText>} />
      <CentreDetails centre={centre} postalLabel={localise(pack.geographyLabels.postalCode, locale)} />
      <section aria-labelledby="week-heading" className="flex flex-col gap-3">
        <h2 id="week-heading" className="text-xl font-bold text-slate-900">
          {t("week", { from: (await getFormatter()).dateTime(dayOf(from), longDayFormat) })}
        </h2>
        <WeekNav from={from} today={today} hrefFor={(day) => centreHref(centre.id, { ...params, from: day === today ? undefined : day })} />
        {filtered ? (
          <p className="text-slate-700">
            {t("filtered")}{" "}
            <Link href={centreHref(centre.id, { from: params.from, for: params.for })} className="text-brand-700 underline">
              {t("showAll")}
            </Link>
          </p>
        ) : null}
        <SessionDays
          sessions={sessions}
          days={weekWindow(from).days}
          emptyDay={t("noSession")}
          book={{ label: t("book"), hrefFor: (sessionId) => bookHref(sessionId, params.for) }}
        />
      </section>
    </div>
  );
}
