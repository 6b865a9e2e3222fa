import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DistrictSearchForm } from "@/components/centres/district-search-form";
import { PlaceName, placeOption } from "@/components/centres/place-name";
import { NearMeButton } from "@/components/centres/near-me-button";
import { PinSearchForm, pinFieldId } from "@/components/centres/pin-search-form";
import { SearchFilters } from "@/components/centres/search-filters";
import { SearchResults } from "@/components/centres/search-results";
import { WeekNav } from "@/components/centres/week-nav";
import { Card } from "@/components/ui/card";
import { dataTag } from "@/components/ui/data-text";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { loadPlaces } from "@/lib/centres/directory";
import { readSearchParams } from "@/lib/centres/search-params";
import { runSearch, type Search } from "@/lib/centres/search";
import { filtersQuery, searchHref, whereOf } from "@/lib/centres/search-url";
import { getCountryPack } from "@/lib/country";
import { localise } from "@/lib/country/text";
import type { CentreWeek } from "@/lib/centres/types";
import { dataLocale } from "@/lib/i18n/locales";
import { isoDateIn } from "@/lib/time/dates";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const t = await getTranslations("centres.search");
  // A PIN that does not look like one is an error the page reports, so its title says so even without JavaScript.
  const { badPin } = readSearchParams(await searchParams, getCountryPack().postalCode);
  if (badPin === undefined) return { title: t("title") };
  const tv = await getTranslations("validation.summary");
  return { title: tv("pageTitle", { title: t("title") }) };
}

/** The district from the list, or else from a result (a shared link may carry no state). */
function districtOf(listed: { name: string; nameLocal: string | null } | undefined, weeks: CentreWeek[]) {
  const centre = weeks[0]?.centre;
  return listed ?? (centre ? { name: centre.districtName, nameLocal: centre.districtNameLocal } : { name: "", nameLocal: null });
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CentresPage({ searchParams }: PageProps) {
  const t = await getTranslations("centres");
  const tv = await getTranslations("validation");
  const locale = await getLocale();
  const pack = getCountryPack();
  const today = isoDateIn(pack.timeZone);
  const { params, understood, badPin } = readSearchParams(await searchParams, pack.postalCode);
  const labels = {
    postal: localise(pack.geographyLabels.postalCode, locale),
    state: localise(pack.geographyLabels.level1, locale),
    district: localise(pack.geographyLabels.level2, locale),
  };
  const example = pack.postalCode.example;
  const pinError =
    badPin === undefined
      ? undefined
      : /^[0-9]+$/.test(example)
        ? t("pin.invalidDigits", { label: labels.postal, length: example.length, example })
        : t("pin.invalid", { label: labels.postal, example });

  let search: Search | "failed";
  let places: Awaited<ReturnType<typeof loadPlaces>> = { states: [], districts: [] };
  try {
    [search, places] = await Promise.all([runSearch(params, today), loadPlaces(params.state)]);
  } catch (error) {
    console.error("[centres] search failed", error);
    search = "failed";
  }
  const { states, districts } = places;
  const district = districts.find((d) => d.id === params.district);
  // The district's own name is data (marked as such); a local name is in the page's language.
  const districtSummary = (count: number, place: { name: string; nameLocal: string | null }) => {
    const local = locale !== dataLocale && place.nameLocal;
    return t.rich("results.district", { count, district: local || place.name, data: local ? (chunks) => chunks : dataTag });
  };
  const where = whereOf(params);
  const filters = filtersQuery(params);
  const activeFilters = Object.values(filters).filter((v) => v !== undefined && v !== false).length;

  const searched = search !== "failed" && search.kind !== "none" && pinError === undefined ? search : undefined;
  // A new search keeps the filters and whom it is for; the week and page start again.
  const keep = Object.fromEntries(
    Object.entries({ ...filters, for: params.for }).flatMap(([k, v]) => (v === undefined || v === false ? [] : [[k, v === true ? "1" : String(v)]])),
  );
  const forms = (
    <div className="grid gap-4 md:grid-cols-3">
      <Card>
        <PinSearchForm label={labels.postal} example={example} defaultValue={badPin ?? params.pin} error={pinError} keep={keep} />
      </Card>
      <Card>
        <DistrictSearchForm
          stateLabel={labels.state}
          districtLabel={labels.district}
          states={states.map((s) => placeOption(s.id, s, locale))}
          districts={districts.map((d) => placeOption(d.id, d, locale))}
          stateId={params.state}
          districtId={params.district}
          keep={keep}
        />
      </Card>
      <Card as="section" className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("near.heading")}</h2>
        <p className="text-slate-700">{t("near.body")}</p>
        <NearMeButton
          keep={new URLSearchParams(keep).toString()}
          labels={{
            button: t("near.button"),
            locating: t("near.locating"),
            denied: t("near.denied"),
            unavailable: t("near.unavailable"),
            unsupported: t("near.unsupported"),
            needsJavaScript: t("near.needsJavaScript"),
          }}
        />
      </Card>
    </div>
  );

  return (
    <div className="flex flex-col gap-4">
      {/* Once results show, a smaller title leaves room for them on a phone's first screen. */}
      <PageHeading title={t("search.title")} description={searched ? undefined : t("search.intro")} className={searched ? "mb-0 [&_h1]:text-xl" : "mb-0"} />

      <ErrorSummary
        items={pinError ? [{ text: pinError, href: `#${pinFieldId}` }] : []}
        heading={tv("summary.title")}
        titleTemplate={tv.raw("summary.pageTitle") as string}
      />

      {!understood ? (
        <Card as="section" className="border-danger-700">
          <h2 className="font-semibold text-danger-700">{t("invalid.title")}</h2>
          <p>{t("invalid.body")}</p>
        </Card>
      ) : null}

      {searched ? (
        // Once a search is made the results are the page: the forms fold into one line that says what was searched.
        <details className="fold">
          <summary>
            {searched.kind === "pin"
              ? t("summary.pin", { label: labels.postal, pin: params.pin ?? "" })
              : searched.kind === "district"
                ? <PlaceName place={districtOf(district, searched.weeks)} />
                : t("summary.near")}
            {" · "}
            <span className="fold-action">{t("summary.change")}</span>
          </summary>
          <div className="mt-3">{forms}</div>
        </details>
      ) : (
        forms
      )}

      {search === "failed" ? (
        <Card as="section">
          <h2 className="font-semibold text-danger-700">{t("failed.title")}</h2>
          <p>{t("failed.body")}</p>
        </Card>
      ) : search.kind === "none" ? (
        <p className="text-slate-700">{t("search.start")}</p>
      ) : (
        <SearchResults
          search={search}
          postalLabel={labels.postal}
          params={params}
          clearFiltersHref={searchHref({ ...where, from: params.from, for: params.for })}
          before={
            <>
              <WeekNav short from={search.from} today={today} hrefFor={(from) => searchHref({ ...where, ...filters, for: params.for, from: from === today ? undefined : from })} />
              {/* The pack's session ages define the age groups people recognise (e.g. 12–14, 15–17, 18–44, 45+). */}
              <details className="fold" open={activeFilters > 0 && search.weeks.length === 0 ? true : undefined}>
                <summary>
                  {t("filters.summary")}
                  {activeFilters > 0 ? ` · ${t("filters.on", { count: activeFilters })}` : ""} ·{" "}
                  <span className="fold-action">{t("summary.change")}</span>
                </summary>
                <div className="mt-3">
                  <SearchFilters params={params} vaccines={pack.vaccines} minAges={pack.demo.sessionMinAges} />
                </div>
              </details>
            </>
          }
          summary={
            search.kind === "pin"
              ? t("results.pin", { count: search.weeks.length, label: labels.postal, pin: params.pin ?? "" })
              : search.kind === "district"
                ? districtSummary(search.weeks.length, districtOf(district, search.weeks))
                : t("results.near", { count: search.weeks.length })
          }
        />
      )}
    </div>
  );
}
