import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time/dates";
import { calendarJson, storedCalendarFragments } from "./calendar-fragments";
import { calendarSessionFields, toCalendarCenters } from "./cowin-shape";
import type { Centre, CentreSession, CentreWeek } from "./types";

const centre = (id: number, extra: Partial<Centre> = {}): Centre => ({
  id,
  name: `PHC "${id}" — उप केंद्र`,
  address: "1 Main Road\nWard 3",
  block: "East",
  stateId: 16,
  stateName: "Karnataka",
  stateNameLocal: "कर्नाटक",
  districtId: 294,
  districtName: "BBMP",
  districtNameLocal: null,
  postalCode: "560001",
  lat: 12.97,
  lng: 77.59,
  feeType: "free",
  opensAt: "09:00:00",
  closesAt: "17:00:00",
  fees: [],
  ...extra,
});

let sessionNumber = 0;
const session = (facilityId: number, date: string, extra: Partial<CentreSession> = {}): CentreSession => ({
  id: `00000000-0000-4000-8000-${String(++sessionNumber).padStart(12, "0")}`,
  facilityId,
  date,
  vaccineCode: "COVISHIELD",
  minAge: 18,
  maxAge: null,
  capacityDose1: 50,
  capacityDose2: 30,
  capacityPrecaution: 10,
  bookedDose1: sessionNumber % 7,
  bookedDose2: 30,
  bookedPrecaution: 12,
  fee: 0,
  slots: [
    { startsAt: "09:00:00", endsAt: "11:00:00", capacity: 20, booked: sessionNumber % 25 },
    { startsAt: "13:00:00", endsAt: "15:30:00", capacity: 20, booked: 0 },
  ],
  ...extra,
});

const first = "2026-12-03";
const day = (n: number) => addDays(first, n);

// Thirteen days: every calendar starting on one of the span's first seven days lies inside it.
const span: CentreWeek[] = [
  { centre: centre(3), sessions: [session(3, day(0)), session(3, day(0), { minAge: 45, maxAge: 59 }), session(3, day(6)), session(3, day(12))] },
  {
    centre: centre(8, { feeType: "paid", fees: [{ vaccineCode: "COVAXIN", fee: 1410 }, { vaccineCode: "COVISHIELD", fee: 780 }] }),
    sessions: [session(8, day(2), { fee: 780 }), session(8, day(9), { vaccineCode: "COVAXIN", fee: 1410, slots: [] })],
  },
  { centre: centre(11, { postalCode: "012345" }), sessions: [session(11, day(10))] },
];

/** As the database stores them (migration 0008): each session's calendar entry as JSON text. */
const calendarFragments = (weeks: readonly CentreWeek[]) =>
  storedCalendarFragments(
    weeks.map((w) => w.centre),
    weeks.flatMap((w) => w.sessions.map((session) => ({ facilityId: session.facilityId, date: session.date, json: JSON.stringify(calendarSessionFields(session)) }))),
  );

/** What the calendar answered before: the week's sessions shaped, then stringified whole. */
function stringifiedWeek(from: string, to: string): string {
  const weeks = span
    .map((w) => ({ centre: w.centre, sessions: w.sessions.filter((s) => s.date >= from && s.date <= to) }))
    .filter((w) => w.sessions.length > 0);
  return JSON.stringify(toCalendarCenters(weeks));
}

describe("calendar fragments", () => {
  it.each([0, 1, 2, 3, 4, 5, 6])("give the week starting on day %i byte for byte as stringifying it whole did", (n) => {
    const fragments = calendarFragments(span);
    expect(calendarJson(fragments, day(n), day(n + 6))).toBe(stringifiedWeek(day(n), day(n + 6)));
  });

  it("leave out centres with no session that week, and answer an empty week as CoWIN did", () => {
    const fragments = calendarFragments(span);
    expect(JSON.parse(calendarJson(fragments, day(0), day(6))).centers.map((c: { center_id: number }) => c.center_id)).toEqual([3, 8]);
    expect(calendarJson(fragments, day(20), day(26))).toBe('{"centers":[]}');
    expect(calendarJson(calendarFragments([]), day(0), day(6))).toBe('{"centers":[]}');
  });

  it("leave out the sessions of centres not given (inactive ones)", () => {
    const fragments = storedCalendarFragments([span[1]!.centre], [{ facilityId: 3, date: day(0), json: "{}" }, { facilityId: 8, date: day(2), json: '{"x":1}' }]);
    expect(fragments.centres.map((c) => c.sessions.map((s) => s.json))).toEqual([['{"x":1}']]);
  });

  it("count the memory they hold: UTF-8 bytes, never less than the heap's one or two bytes a character", () => {
    const fragments = calendarFragments(span);
    const pieces = fragments.centres.flatMap((c) => [c.head, ...c.sessions.map((s) => s.json)]);
    const utf8 = pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0);
    expect(fragments.bytes).toBeGreaterThan(utf8);
    expect(fragments.bytes).toBeLessThan(utf8 + 64 * pieces.length);
    // The names hold Devanagari (two heap bytes a character): UTF-8 counts three.
    expect(utf8).toBeGreaterThan(pieces.reduce((sum, piece) => sum + piece.length, 0));
  });
});
