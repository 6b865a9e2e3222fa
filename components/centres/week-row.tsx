import { useFormatter, useTranslations } from "next-intl";
import { DataText } from "@/components/ui/data-text";
import { capacityLeft, doseKinds, type DoseKind } from "@/lib/centres/rules";
import { bookHref } from "@/lib/centres/search-url";
import type { CentreSession } from "@/lib/centres/types";
import { dayOf } from "./format";

const cellDay = { weekday: "short", day: "numeric", timeZone: "UTC" } as const;

/** Open seats of a session: for the dose the search asks about, else for any dose. */
export function openSeats(session: CentreSession, dose?: DoseKind): number {
  const left = capacityLeft(session);
  return dose ? left[dose] : doseKinds.reduce((sum, kind) => sum + left[kind], 0);
}

/**
 * A centre's week as one row of seven days (CoWIN's grid): per session its open seats as a Book link,
 * "Booked" when none are left. Kept to short classes and plain links (no prefetching hundreds of booking
 * pages): a results page repeats it for every centre.
 */
export function WeekRow({ sessions, days, dose, forId }: {
  sessions: readonly CentreSession[];
  days: readonly string[];
  dose?: DoseKind;
  forId?: string;
}) {
  const t = useTranslations("centres.row");
  const ts = useTranslations("centres.session");
  const format = useFormatter();
  return (
    <ol className="week">
      {days.map((day) => {
        const list = sessions.filter((s) => s.date === day);
        return (
          <li key={day}>
            <span className="week-day">{format.dateTime(dayOf(day), cellDay)}</span>
            {list.length === 0 ? <span className="week-meta">{t("none")}</span> : null}
            {list.map((session) => {
              const seats = openSeats(session, dose);
              const age = session.maxAge === null ? t("age", { min: session.minAge }) : t("ageRange", { min: session.minAge, max: session.maxAge });
              const fee = session.fee > 0 ? ` ${ts("fee", { fee: session.fee })}` : "";
              const what = <DataText>{`${session.vaccineCode}`}</DataText>;
              // The link's purpose comes with its day (the list item it is in): kept short, it repeats hundreds of times.
              return seats > 0 ? (
                <a key={session.id} href={bookHref(session.id, forId)} className="week-book">
                  <span aria-hidden="true">{seats}</span>
                  <span className="sr-only">{`${t("seats", { count: seats })}, `}</span>
                  <small>
                    {what}
                    {` ${age}${fee}`}
                  </small>
                </a>
              ) : (
                <span key={session.id} className="week-full">
                  {`${t("booked")} `}
                  <small>
                    {what}
                    {` ${age}${fee}`}
                  </small>
                </span>
              );
            })}
          </li>
        );
      })}
    </ol>
  );
}
