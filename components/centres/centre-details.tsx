import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { DataText, dataTag } from "@/components/ui/data-text";
import type { Centre } from "@/lib/centres/types";
import { hhmm } from "./format";
import { PlaceName } from "./place-name";

/** Address, opening hours, a map link and, for paid centres, the fee per vaccine. */
export function CentreDetails({ centre, postalLabel }: { centre: Centre; postalLabel: string }) {
  const t = useTranslations("centres");
  const map = `https://www.openstreetmap.org/?mlat=${centre.lat.toFixed(5)}&mlon=${centre.lng.toFixed(5)}#map=17/${centre.lat.toFixed(5)}/${centre.lng.toFixed(5)}`;
  return (
    <Card as="section" className="flex flex-col gap-3">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-900">{t("centre.address")}</dt>
        <dd>
          <DataText>
            {centre.address}, {centre.block}
          </DataText>
          , <PlaceName place={{ name: centre.districtName, nameLocal: centre.districtNameLocal }} />,{" "}
          <PlaceName place={{ name: centre.stateName, nameLocal: centre.stateNameLocal }} /> ·{" "}
          {t("card.postalCode", { label: postalLabel, code: centre.postalCode })}
        </dd>
        <dt className="font-semibold text-slate-900">{t("centre.hours")}</dt>
        <dd>{t("centre.hoursValue", { opens: hhmm(centre.opensAt), closes: hhmm(centre.closesAt) })}</dd>
        {centre.feeType === "paid" && centre.fees.length > 0 ? (
          <>
            <dt className="font-semibold text-slate-900">{t("centre.fees")}</dt>
            <dd>
              <ul>
                {centre.fees.map((f) => (
                  <li key={f.vaccineCode}>{t.rich("centre.feeRow", { vaccine: f.vaccineCode, fee: f.fee, data: dataTag })}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="text-sm font-semibold text-slate-800">{centre.feeType === "paid" ? t("card.paid") : t("card.free")}</p>
      <a href={map} className="font-semibold text-brand-700 underline" rel="noopener noreferrer">
        {t("centre.map")}
      </a>
    </Card>
  );
}
