import { calendarCentreFields } from "./cowin-shape";
import type { Centre } from "./types";

/*
 * One district's sessions over a span of days, serialised piece by piece: each centre's fields, and each
 * session's calendar entry as the database keeps it (migration 0008). A calendar for any week inside the
 * span is those pieces joined, byte for byte what JSON.stringify(toCalendarCenters(that week)) gives.
 */
export interface CalendarFragments {
  centres: { head: string; sessions: { date: string; json: string }[] }[];
  /**
   * Memory held, for the cache's budget: each piece's UTF-8 length (what the heap holds for ASCII text, and
   * at least what it holds for any other) and a little for the string and its slot.
   */
  bytes: number;
}

/**
 * Fragments from the sessions' stored calendar entries (migration 0008), in answer order, and their centres:
 * sessions of centres not given (inactive ones) are left out, as the weeks' read leaves them out.
 */
export function storedCalendarFragments(centres: readonly Centre[], sessions: readonly { facilityId: number; date: string; json: string }[]): CalendarFragments {
  const byId = new Map(centres.map((centre) => [centre.id, centre]));
  const fragments: CalendarFragments = { centres: [], bytes: 0 };
  let current: CalendarFragments["centres"][number] | undefined;
  let currentId: number | undefined;
  for (const session of sessions) {
    if (session.facilityId !== currentId) {
      currentId = session.facilityId;
      const centre = byId.get(session.facilityId);
      current = centre ? { head: centreHead(centre), sessions: [] } : undefined;
      if (current) {
        fragments.centres.push(current);
        fragments.bytes += heldBytes(current.head);
      }
    }
    if (!current) continue;
    current.sessions.push({ date: session.date, json: session.json });
    fragments.bytes += heldBytes(session.json);
  }
  return fragments;
}

const PIECE_OVERHEAD = 48;
const heldBytes = (text: string) => Buffer.byteLength(text) + PIECE_OVERHEAD;

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
