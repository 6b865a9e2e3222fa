import { useFormatter } from "next-intl";
import type { CentreSession } from "@/lib/centres/types";
import { dayFormat, dayOf } from "./format";
import { SessionItem, type BookLink } from "./session-item";

/** A centre's sessions grouped by day; with `days`, every day is listed, empty ones saying so. */
export function SessionDays({ sessions, days, emptyDay, headingLevel = 3, compact = false, book }: {
  sessions: readonly CentreSession[];
  days?: readonly string[];
  emptyDay?: string;
  headingLevel?: 3 | 4;
  /** Search results: lighter markup per session (see SessionItem). */
  compact?: boolean;
  /** A "Book" link on each session with open seats. */
  book?: BookLink;
}) {
  const format = useFormatter();
  const byDay = new Map<string, CentreSession[]>();
  for (const s of sessions) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  const shown = days ?? [...byDay.keys()];
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="flex flex-col gap-3">
      {shown.map((day) => {
        const list = byDay.get(day) ?? [];
        return (
          <li key={day}>
            <Heading className="session-day">{format.dateTime(dayOf(day), dayFormat)}</Heading>
            {list.length > 0 ? (
              <ul className="session-list">
                {list.map((session) => (
                  <SessionItem key={session.id} session={session} compact={compact} book={book} />
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{emptyDay}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
