import { useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button-styles";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

/**
 * State first, then district. Without JavaScript "Show the list" reloads the page with the state chosen,
 * which brings the district list; the same GET form then searches.
 */
export function DistrictSearchForm(props: {
  stateLabel: string;
  districtLabel: string;
  states: readonly SelectOption[];
  districts: readonly SelectOption[];
  stateId?: number;
  districtId?: number;
}) {
  const t = useTranslations("centres.district");
  const { stateLabel, districtLabel, states, districts, stateId, districtId } = props;
  return (
    <form action="/centres" method="get" role="search" aria-labelledby="district-search-heading" className="flex flex-col gap-3">
      <h2 id="district-search-heading" className="text-lg font-semibold text-slate-900">
        {t("heading", { level1: stateLabel, level2: districtLabel })}
      </h2>
      <SelectField label={stateLabel} name="state" options={states} defaultValue={stateId?.toString()} placeholder={t("choose")} required />
      {districts.length > 0 ? (
        <>
          <SelectField label={districtLabel} name="district" options={districts} defaultValue={districtId?.toString()} placeholder={t("choose")} />
          <button type="submit" className={buttonClassName("primary")}>
            {t("submit")}
          </button>
        </>
      ) : (
        <button type="submit" className={buttonClassName("secondary")}>
          {t("showDistricts")}
        </button>
      )}
    </form>
  );
}
