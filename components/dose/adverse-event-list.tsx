import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/appointments/format";
import type { RecordedAdverseEvent } from "@/lib/vaccination/dose-page";
import { formatInstant } from "./format-instant";

/** The adverse events already recorded against the dose, the first reported first. */
export async function AdverseEventList({ events, timeZone }: { events: readonly RecordedAdverseEvent[]; timeZone: string }) {
  const t = await getTranslations("dose.aefi");
  const locale = await getLocale();
  if (events.length === 0) return <p>{t("none")}</p>;
  return (
    <ul aria-label={t("listLabel")} className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="rounded-md border border-slate-300 bg-white p-4">
          <p className="font-semibold">{t("item", { severity: t(`severities.${event.severity}`), date: formatDay(event.onsetOn, locale) })}</p>
          {event.notes ? <p className="mt-1 whitespace-pre-line">{event.notes}</p> : null}
          <p className="mt-1 text-sm text-slate-700">
            {t("reportedBy", { name: event.reportedBy, date: formatInstant(event.recordedAt, locale, timeZone) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
