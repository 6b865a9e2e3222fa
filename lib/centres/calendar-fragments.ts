import { calendarCentreFields } from "./cowin-shape";
import type { Centre } from "./types";

/*
 * One district's sessions over a span of days, serialised piece by piece: each centre's fields, and each
 * session's calendar entry as the database keeps it (migration 0008). A calendar for any week inside the
 * span is those pieces joined, byte for byte what JSON.stringify(toCalendarCenters(that week)) gives.
 */
export interface CalendarFragments {
  centres: { head: string; sessions: { date: string; json: string }[] }[];
  /** Characters held, for the cache's memory budget. */
  chars: number;
}

/**
 * Fragments from the sessions' stored calendar entries (migration 0008), in answer order, and their centres:
 * sessions of centres not given (inactive ones) are left out, as the weeks' read leaves them out.
 */
export function storedCalendarFragments(centres: readonly Centre[], sessions: readonly { facilityId: number; date: string; json: string }[]): CalendarFragments {
  const byId = new Map(centres.map((centre) => [centre.id, centre]));
  const fragments: CalendarFragments = { centres: [], chars: 0 };
  let current: CalendarFragments["centres"][number] | undefined;
  let currentId: number | undefined;
  for (const session of sessions) {
    if (session.facilityId !== currentId) {
      currentId = session.facilityId;
      const centre = byId.get(session.facilityId);
      current = centre ? { head: centreHead(centre), sessions: [] } : undefined;
      if (current) {
        fragments.centres.push(current);
        fragments.chars += current.head.length;
      }
    }
    if (!current) continue;
    current.sessions.push({ date: session.date, json: session.json });
    fragments.chars += session.json.length;
  }
  return fragments;
}

/** A calendar entry's centre fields as JSON without its closing brace: the sessions' key and list close it. */
function centreHead(centre: Centre): string {
  return JSON.stringify(calendarCentreFields(centre)).slice(0, -1);
}

/** The calendar JSON for sessions dated [from, to] (ISO); centres with none that week are left out. */
export function calendarJson(fragments: CalendarFragments, from: string, to: string): string {
  const entries: string[] = [];
  for (const centre of fragments.centres) {
    const sessions: string[] = [];
    for (const session of centre.sessions) if (session.date >= from && session.date <= to) sessions.push(session.json);
    if (sessions.length > 0) entries.push(`${centre.head},"sessions":[${sessions.join(",")}]}`);
  }
  return `{"centers":[${entries.join(",")}]}`;
}
