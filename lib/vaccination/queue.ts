import "server-only";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { accounts, appointments, beneficiaries, doses, facilities, sessions, slots, vaccines } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { digitKeys, type QueueSearch } from "./queue-search";
import { lastSlotEnd, type SlotTimes } from "./queue-rules";

// The vaccinator's read side: today's sessions of their facility and one session's queue. Every read is
// filtered by the facility and today's date in SQL, so another facility's or another day's session id
// finds nothing, exactly like an id that does not exist.

export interface QueueCounts {
  /** Everyone with a seat today: vaccinated + pending + no-show (cancelled ones gave theirs back). */
  booked: number;
  vaccinated: number;
  pending: number;
  noShow: number;
}

export interface TodaySession {
  id: string;
  date: string;
  vaccineCode: string;
  vaccineName: string;
  minAge: number;
  maxAge: number | null;
  status: "scheduled" | "cancelled" | "closed";
  slots: SlotTimes[];
  /** "HH:MM:SS", or null when the session has no slot times. */
  lastSlotEnd: string | null;
  counts: QueueCounts;
}

export interface QueueRow {
  appointmentId: string;
  name: string;
  birthYear: number;
  doseNumber: number;
  status: "booked" | "cancelled" | "completed" | "no_show";
  slotStartsAt: string | null;
  slotEndsAt: string | null;
  /** The dose recorded for this appointment, once vaccinated (its page corrects the batch, records an AEFI). */
  doseId: string | null;
}

export interface QueueScope {
  facilityId: number;
  /** "YYYY-MM-DD", today in the country's time zone. */
  today: string;
}

const countOf = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

async function countsBySession(db: Db, sessionIds: readonly string[]): Promise<Map<string, QueueCounts>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({
      sessionId: appointments.sessionId,
      vaccinated: countOf(sql`${appointments.status} = 'completed'`),
      pending: countOf(sql`${appointments.status} = 'booked'`),
      noShow: countOf(sql`${appointments.status} = 'no_show'`),
    })
    .from(appointments)
    .where(inArray(appointments.sessionId, [...sessionIds]))
    .groupBy(appointments.sessionId);
  return new Map(rows.map(({ sessionId, ...c }) => [sessionId, { ...c, booked: c.vaccinated + c.pending + c.noShow }]));
}

const noCounts = (): QueueCounts => ({ booked: 0, vaccinated: 0, pending: 0, noShow: 0 });

async function sessionsWhere(db: Db, scope: QueueScope, extra?: SQL): Promise<TodaySession[]> {
  const rows = await db
    .select({
      id: sessions.id,
      date: sessions.date,
      vaccineCode: sessions.vaccineCode,
      vaccineName: vaccines.name,
      minAge: sessions.minAge,
      maxAge: sessions.maxAge,
      status: sessions.status,
    })
    .from(sessions)
    .innerJoin(vaccines, eq(vaccines.code, sessions.vaccineCode))
    .where(and(eq(sessions.facilityId, scope.facilityId), eq(sessions.date, scope.today), extra))
    .orderBy(asc(vaccines.name), asc(sessions.minAge), asc(sessions.id));
  const ids = rows.map((row) => row.id);
  const [slotRows, counts] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ sessionId: slots.sessionId, startsAt: slots.startsAt, endsAt: slots.endsAt })
          .from(slots)
          .where(inArray(slots.sessionId, ids))
          .orderBy(asc(slots.startsAt)),
    countsBySession(db, ids),
  ]);
  return rows.map((row) => {
    const own = slotRows.filter((slot) => slot.sessionId === row.id).map(({ startsAt, endsAt }) => ({ startsAt, endsAt }));
    return { ...row, slots: own, lastSlotEnd: lastSlotEnd(own), counts: counts.get(row.id) ?? noCounts() };
  });
}

/** The facility's sessions today, with each one's counts. */
export async function listTodaySessions(db: Db, scope: QueueScope): Promise<TodaySession[]> {
  return sessionsWhere(db, scope);
}

/** One of the facility's sessions today, or null (unknown, malformed, another facility's or another day's). */
export async function getTodaySession(db: Db, scope: QueueScope, sessionId: string): Promise<TodaySession | null> {
  if (!isUuid(sessionId)) return null;
  const [found] = await sessionsWhere(db, scope, eq(sessions.id, sessionId));
  return found ?? null;
}

function searchCondition(search: QueueSearch): SQL | undefined {
  if (search.kind === "name") return sql`strpos(lower(${beneficiaries.name}), ${search.text}) > 0`;
  const { digits } = search;
  const keys = digitKeys(digits);
  return or(
    keys.referenceId ? eq(beneficiaries.referenceId, digits) : undefined,
    keys.appointmentNumber ? eq(appointments.confirmationNumber, digits) : undefined,
    keys.securityCode ? eq(appointments.securityCode, digits) : undefined,
    keys.mobileEnd ? sql`right(${accounts.mobile}, ${digits.length}) = ${digits}` : undefined,
  ) ?? sql`false`;
}

/** A session's appointments in slot order (walk-ins, without a slot, last); `search` narrows them. */
async function listQueue(db: Db, sessionId: string, search: QueueSearch | null): Promise<QueueRow[]> {
  return db
    .select({
      appointmentId: appointments.id,
      name: beneficiaries.name,
      birthYear: beneficiaries.birthYear,
      doseNumber: appointments.doseNumber,
      status: appointments.status,
      slotStartsAt: slots.startsAt,
      slotEndsAt: slots.endsAt,
      doseId: doses.id,
    })
    .from(appointments)
    .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
    .innerJoin(accounts, eq(accounts.id, beneficiaries.accountId))
    .leftJoin(slots, eq(slots.id, appointments.slotId))
    .leftJoin(doses, eq(doses.appointmentId, appointments.id))
    .where(and(eq(appointments.sessionId, sessionId), search ? searchCondition(search) : undefined))
    .orderBy(sql`${slots.startsAt} asc nulls last`, asc(appointments.createdAt), asc(appointments.id));
}

export interface SessionQueue {
  session: TodaySession;
  rows: QueueRow[];
}

/** The queue page: the session (scoped to the facility and today) and its rows, or null. */
export async function readSessionQueue(db: Db, scope: QueueScope, sessionId: string, search: QueueSearch | null): Promise<SessionQueue | null> {
  const session = await getTodaySession(db, scope, sessionId);
  if (!session) return null;
  return { session, rows: await listQueue(db, session.id, search) };
}

/** The facility's name, for the landing page's heading. */
export async function facilityName(db: Db, facilityId: number): Promise<string | null> {
  const [row] = await db.select({ name: facilities.name }).from(facilities).where(eq(facilities.id, facilityId));
  return row?.name ?? null;
}

/**
 * For the actions' scope check: is the session the facility's, today, and (when given) the appointment one
 * of its own? The commands check again inside their transactions.
 */
export async function isInTodayScope(db: Db, scope: QueueScope, ids: { sessionId: string; appointmentId?: string }): Promise<boolean> {
  const { sessionId, appointmentId } = ids;
  if (!isUuid(sessionId) || (appointmentId !== undefined && !isUuid(appointmentId))) return false;
  const today = and(eq(sessions.id, sessionId), eq(sessions.facilityId, scope.facilityId), eq(sessions.date, scope.today));
  const rows =
    appointmentId === undefined
      ? await db.select({ id: sessions.id }).from(sessions).where(today)
      : await db
          .select({ id: sessions.id })
          .from(sessions)
          .innerJoin(appointments, and(eq(appointments.sessionId, sessions.id), eq(appointments.id, appointmentId)))
          .where(today);
  return rows.length > 0;
}
