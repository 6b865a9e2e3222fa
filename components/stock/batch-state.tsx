import { getTranslations } from "next-intl/server";
import type { BatchState } from "@/lib/stock/types";

const style: Record<BatchState, string> = {
  usable: "bg-success-50 text-success-700",
  expired: "bg-danger-50 text-danger-700",
  empty: "bg-slate-100 text-slate-700",
};

/** In use, expired or used up, in words (never colour alone). */
export async function BatchStateBadge({ state }: { state: BatchState }) {
  const t = await getTranslations("stock.table.state");
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${style[state]}`}>{t(state)}</span>;
}
