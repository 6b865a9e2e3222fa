import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FocusOnArrival } from "@/components/centres/focus-on-arrival";
import { DataText } from "@/components/ui/data-text";
import type { QueueRow } from "@/lib/vaccination/queue";
import { clockTime } from "@/lib/vaccination/format";
import { StatusBadge } from "./status-badge";

/**
 * The session's people, one large row each: a tap (or Enter on the focused name) opens the person. A
 * vaccinated row also links to its dose record, above the row's own link. `focusFirst`: a search found one
 * person, so Enter opens them straight away.
 */
export async function QueueList({ sessionId, rows, focusFirst = false }: { sessionId: string; rows: QueueRow[]; focusFirst?: boolean }) {
  const t = await getTranslations("vaccinate.queue");
  return (
    <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
      {rows.map((row) => (
        <li
          key={row.appointmentId}
          className="relative flex min-h-20 flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border-2 border-slate-300 bg-white px-5 py-4 focus-within:border-brand-700 hover:border-brand-700"
        >
          <div className="flex min-w-48 flex-1 flex-col">
            <Link
              id={`person-${row.appointmentId}`}
              href={`/staff/vaccinate/${sessionId}/${row.appointmentId}`}
              className="text-2xl font-bold text-brand-800 no-underline after:absolute after:inset-0 after:content-['']"
            >
              <DataText>{row.name}</DataText>
            </Link>
            <span className="text-lg text-slate-700">{t("born", { year: row.birthYear })}</span>
          </div>
          <span className="text-xl tabular-nums text-slate-900">
            {row.slotStartsAt && row.slotEndsAt ? t("slot", { start: clockTime(row.slotStartsAt), end: clockTime(row.slotEndsAt) }) : t("noSlot")}
          </span>
          <span className="text-xl text-slate-900">{t("dose", { dose: row.doseNumber })}</span>
          <StatusBadge status={row.status} />
          {row.doseId ? (
            <Link
              href={`/staff/vaccinate/${sessionId}/doses/${row.doseId}`}
              aria-label={t("doseRecordFor", { name: row.name })}
              className="relative z-10 inline-flex min-h-11 items-center text-lg font-semibold text-brand-700 underline"
            >
              {t("doseRecord")}
            </Link>
          ) : null}
        </li>
      ))}
      {focusFirst && rows[0] ? <FocusOnArrival id={`person-${rows[0].appointmentId}`} /> : null}
    </ul>
  );
}
