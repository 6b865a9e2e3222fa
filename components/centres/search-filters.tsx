import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button-styles";
import { ageGroups } from "@/lib/centres/rules";
import type { SearchParams } from "@/lib/centres/schemas";
import { searchHref, whereOf } from "@/lib/centres/search-url";
import { dataLocale } from "@/lib/i18n/locales";
import { SelectField } from "@/components/ui/select-field";
import { AutoSubmitForm } from "./auto-submit-form";

/**
 * Filters narrow the current search; the search itself (where, week, whom for) rides along in hidden fields
 * and a change goes back to the first page. With JavaScript a change applies at once.
 */
export function SearchFilters({ params, vaccines, minAges }: {
  params: SearchParams;
  vaccines: readonly { code: string; name: string }[];
  minAges: readonly number[];
}) {
  const t = useTranslations("centres.filters");
  const locale = useLocale();
  const hidden = { ...whereOf(params), from: params.from, for: params.for };
  return (
    <AutoSubmitForm action="/centres" method="get" aria-label={t("heading")} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t("age")}
          name="age"
          placeholder={t("anyAge")}
          defaultValue={params.age?.toString()}
          options={ageGroups(minAges).map((g) => ({
            value: String(g.from),
            label: g.to === null ? t("agePlus", { from: g.from }) : t("ageRange", { from: g.from, to: g.to }),
          }))}
        />
        <SelectField
          label={t("vaccine")}
          name="vaccine"
          placeholder={t("anyVaccine")}
          defaultValue={params.vaccine}
          options={vaccines.map((v) => ({ value: v.code, label: v.name, ...(locale === dataLocale ? {} : { lang: dataLocale }) }))}
        />
        <SelectField
          label={t("fee")}
          name="fee"
          placeholder={t("anyFee")}
          defaultValue={params.fee}
          options={[{ value: "free", label: t("free") }, { value: "paid", label: t("paid") }]}
        />
        <SelectField
          label={t("dose")}
          name="dose"
          placeholder={t("anyDose")}
          defaultValue={params.dose}
          options={(["dose1", "dose2", "precaution"] as const).map((d) => ({ value: d, label: t(d) }))}
        />
      </div>
      <label className="flex min-h-11 items-center gap-2 font-semibold text-slate-900">
        <input type="checkbox" name="available" value="1" defaultChecked={params.available} className="size-5" />
        {t("available")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" className={buttonClassName("primary")}>
          {t("apply")}
        </button>
        <Link href={searchHref(hidden)} className={buttonClassName("secondary")}>
          {t("clear")}
        </Link>
      </div>
    </AutoSubmitForm>
  );
}
