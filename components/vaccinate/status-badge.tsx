import { getTranslations } from "next-intl/server";
import type { QueueRow } from "@/lib/vaccination/queue";

const styles: Record<QueueRow["status"], string> = {
  booked: "border-brand-700 bg-brand-50 text-brand-800",
  completed: "border-success-700 bg-success-50 text-success-700",
  no_show: "border-slate-500 bg-slate-100 text-slate-900",
  cancelled: "border-slate-500 bg-white text-slate-700",
};

/** An appointment's status in words and colour (the words carry it; the colour only helps). */
export async function StatusBadge({ status }: { status: QueueRow["status"] }) {
  const t = await getTranslations("vaccinate.status");
  return <span className={`inline-block rounded-full border px-3 py-1 text-base font-semibold ${styles[status]}`}>{t(status)}</span>;
}
