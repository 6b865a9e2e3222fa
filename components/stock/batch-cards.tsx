import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataText } from "@/components/ui/data-text";
import { formatDay } from "@/lib/appointments/format";
import type { FacilityBatch } from "@/lib/stock/types";
import { BatchStateBadge } from "./batch-state";
import { figureKeys } from "./batch-table";

/** Below `sm` (phones held upright): one card per batch, the four counts side by side. */
export async function BatchCards({ batches, locale }: { batches: readonly FacilityBatch[]; locale: string }) {
  const t = await getTranslations("stock.table");
  return (
    <ul aria-label={t("caption")} className="space-y-3 sm:hidden">
      {batches.map((batch) => (
        <li key={batch.id} className="rounded-lg border border-slate-300 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold">
              <DataText>{batch.vaccineName}</DataText>
            </span>
            <BatchStateBadge state={batch.state} />
          </div>
          <Link href={`/staff/stock/${batch.id}`} className="inline-flex min-h-11 items-center font-mono font-semibold text-brand-700 underline">
            {t("lot", { lot: batch.lot })}
          </Link>
          <p className="text-sm text-slate-700">{t("expires", { date: formatDay(batch.expiresOn, locale) })}</p>
          <dl className="mt-3 grid grid-cols-4 gap-2 text-center">
            {figureKeys.map((key) => (
              <div key={key}>
                <dt className="text-sm text-slate-700">{t(key)}</dt>
                <dd className={`tabular-nums ${key === "left" ? "text-xl font-bold" : "text-lg"}`}>{batch[key]}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
