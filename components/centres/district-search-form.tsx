import { useTranslations } from "next-intl";
import type { SelectOption } from "@/components/ui/select-field";
import { DistrictFields } from "./district-fields";

/**
 * State first, then district. With JavaScript the districts load as soon as a state is chosen; without,
 * "Show the list" reloads the page with the state chosen, and the same GET form then searches.
 */
export function DistrictSearchForm(props: {
  stateLabel: string;
  districtLabel: string;
  states: readonly SelectOption[];
  districts: readonly SelectOption[];
  stateId?: number;
  districtId?: number;
  /** Filters and whom the search is for, kept across a new search. */
  keep?: Record<string, string>;
}) {
  const t = useTranslations("centres.district");
  const { stateLabel, districtLabel, states, districts, stateId, districtId, keep = {} } = props;
  return (
    <form action="/centres" method="get" role="search" aria-labelledby="district-search-heading" className="flex flex-col gap-3">
      <h2 id="district-search-heading" className="text-lg font-semibold text-slate-900">
        {t("heading", { level1: stateLabel, level2: districtLabel })}
      </h2>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <DistrictFields
        labels={{ state: stateLabel, district: districtLabel, choose: t("choose"), submit: t("submit"), showDistricts: t("showDistricts") }}
        states={states}
        districts={districts}
        stateId={stateId?.toString()}
        districtId={districtId?.toString()}
      />
    </form>
  );
}
