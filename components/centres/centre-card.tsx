import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataText } from "@/components/ui/data-text";
import type { SearchParams } from "@/lib/centres/schemas";
import { centreHref } from "@/lib/centres/search-url";
import type { CentreWeek } from "@/lib/centres/types";
import { PlaceName } from "./place-name";
import { WeekRow } from "./week-row";

/** A centre in the results: where it is, how far, and its week as one row of days with a Book link per session. */
export function CentreCard({ week, postalLabel, days, params }: {
  week: CentreWeek;
  postalLabel: string;
  days: readonly string[];
  params: SearchParams;
}) {
  const t = useTranslations("centres.card");
  const { centre } = week;
  return (
    <li className="flex flex-col gap-2 border-b border-slate-200 pb-3">
      <h3 className="font-semibold">
        <Link href={centreHref(centre.id, params)} className="text-brand-700 underline hover:text-brand-900">
          <DataText>{centre.name}</DataText>
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        <DataText>
          {centre.address}, {centre.block}
        </DataText>
        , <PlaceName place={{ name: centre.districtName, nameLocal: centre.districtNameLocal }} /> ·{" "}
        {t("postalCode", { label: postalLabel, code: centre.postalCode })} ·{" "}
        <span className="font-semibold text-slate-800">{centre.feeType === "paid" ? t("paid") : t("free")}</span>
        {week.distanceKm !== undefined ? <> · <span>{t("distance", { km: week.distanceKm.toFixed(1) })}</span></> : null}
      </p>
      {week.sessions.length > 0 ? (
        <WeekRow sessions={week.sessions} days={days} dose={params.dose} forId={params.for} />
      ) : (
        <p className="text-slate-700">{t("noSessions")}</p>
      )}
    </li>
  );
}
