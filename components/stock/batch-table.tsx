import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataText } from "@/components/ui/data-text";
import { formatDay } from "@/lib/appointments/format";
import type { FacilityBatch } from "@/lib/stock/types";
import { BatchStateBadge } from "./batch-state";

export const figureKeys = ["received", "used", "wasted", "left"] as const;

const cell = "px-3 py-3 align-top";

/** From `sm` up (tablets either way round): a table to compare batches by their counts. Phones get `BatchCards`. */
export async function BatchTable({ batches, locale }: { batches: readonly FacilityBatch[]; locale: string }) {
  const t = await getTranslations("stock.table");
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-slate-300 bg-white sm:block">
      <table className="w-full border-collapse text-base">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className={`${cell} text-start`}>
              {t("batch")}
            </th>
            <th scope="col" className={`${cell} text-start`}>
              {t("expiry")}
            </th>
            {figureKeys.map((key) => (
              <th key={key} scope="col" className={`${cell} text-end`}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} text-start font-normal`}>
                <span className="block font-semibold">
                  <DataText>{batch.vaccineName}</DataText>
                </span>
                <Link href={`/staff/stock/${batch.id}`} className="inline-flex min-h-11 items-center font-mono font-semibold text-brand-700 underline">
                  {t("lot", { lot: batch.lot })}
                </Link>
              </th>
              <td className={cell}>
                <span className="block">{formatDay(batch.expiresOn, locale)}</span>
                <BatchStateBadge state={batch.state} />
              </td>
              {figureKeys.map((key) => (
                <td key={key} className={`${cell} text-end tabular-nums ${key === "left" ? "text-lg font-bold" : ""}`}>
                  {batch[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
