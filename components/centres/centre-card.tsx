import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { DataText } from "@/components/ui/data-text";
import type { CentreWeek } from "@/lib/centres/types";
import { PlaceName } from "./place-name";
import { SessionDays } from "./session-days";

/** A centre in the results: where it is, how far, and its sessions in the week. */
export function CentreCard({ week, postalLabel, from }: { week: CentreWeek; postalLabel: string; from: string }) {
  const t = useTranslations("centres.card");
  const { centre } = week;
  return (
    <Card as="li" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h3 className="text-lg font-semibold">
          <Link href={`/centres/${centre.id}?from=${from}`} className="text-brand-700 underline hover:text-brand-900">
            <DataText>{centre.name}</DataText>
          </Link>
        </h3>
        <p className="text-slate-700">
          <DataText>
            {centre.address}, {centre.block}
          </DataText>
          , <PlaceName place={{ name: centre.districtName, nameLocal: centre.districtNameLocal }} />{" "}
          · {t("postalCode", { label: postalLabel, code: centre.postalCode })}
        </p>
        <p className="flex flex-wrap gap-x-3 text-sm font-semibold text-slate-800">
          <span>{centre.feeType === "paid" ? t("paid") : t("free")}</span>
          {week.distanceKm !== undefined ? <span>{t("distance", { km: week.distanceKm.toFixed(1) })}</span> : null}
        </p>
      </div>
      {week.sessions.length > 0 ? (
        <SessionDays sessions={week.sessions} headingLevel={4} compact />
      ) : (
        <p className="text-slate-700">{t("noSessions")}</p>
      )}
    </Card>
  );
}
