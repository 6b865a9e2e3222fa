import { getTranslations } from "next-intl/server";
import type { QueueCounts as Counts } from "@/lib/vaccination/queue";

const order = ["booked", "vaccinated", "pending", "noShow"] as const;

/** The session's four numbers, large enough to read from arm's length. */
export async function QueueCounts({ counts, size = "large" }: { counts: Counts; size?: "large" | "compact" }) {
  const t = await getTranslations("vaccinate.counts");
  const large = size === "large";
  return (
    <dl aria-label={t("label")} className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="queue-counts">
      {order.map((key) => (
        <div key={key} className={`rounded-lg border border-slate-300 bg-white ${large ? "p-4" : "p-3"}`}>
          <dt className={`${large ? "text-lg" : "text-base"} text-slate-700`}>{t(key)}</dt>
          <dd className={`${large ? "text-4xl" : "text-2xl"} font-bold text-slate-900 tabular-nums`} data-count={key}>
            {counts[key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
