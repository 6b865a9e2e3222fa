import "server-only";
import { and, asc, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { districts, facilities, facilityVaccineFees, postalCodes, sessions, states } from "@/db/schema";
import { boundingBox, byDistance, distanceKm } from "./rules";
import type { Centre, CentreSession, CentreWeek } from "./types";

// ── Reference data ────────────────────────────────────────────────────────────
export async function listStates(db: Db) {
  return db.select({ id: states.id, name: states.name, nameLocal: states.nameLocal }).from(states).orderBy(asc(states.name));
}

export async function listDistricts(db: Db, stateId: number) {
  return db
    .select({ id: districts.id, name: districts.name, nameLocal: districts.nameLocal })
    .from(districts)
    .where(eq(districts.stateId, stateId))
    .orderBy(asc(districts.name));
}

/** The district a postal code belongs to, for cache invalidation tags; undefined when unknown. */
export async function districtOfPostalCode(db: Db, code: string): Promise<number | undefined> {
  const [row] = await db.select({ districtId: postalCodes.districtId }).from(postalCodes).where(eq(postalCodes.code, code));
  return row?.districtId;
}

// ── Centres ───────────────────────────────────────────────────────────────────
export const centreColumns = {
  id: facilities.id,
  name: facilities.name,
  address: facilities.address,
  block: facilities.block,
  stateId: facilities.stateId,
  stateName: states.name,
  stateNameLocal: states.nameLocal,
  districtId: facilities.districtId,
  districtName: districts.name,
  districtNameLocal: districts.nameLocal,
  postalCode: facilities.postalCode,
  lat: facilities.lat,
  lng: facilities.lng,
  feeType: facilities.feeType,
  opensAt: facilities.opensAt,
  closesAt: facilities.closesAt,
  // Per-vaccine fees ride along as JSON (paid centres only), saving a round trip.
  fees: sql<Centre["fees"]>`case when ${facilities.feeType} = 'paid' then (
    select coalesce(json_agg(json_build_object('vaccineCode', ${facilityVaccineFees.vaccineCode}, 'fee', ${facilityVaccineFees.fee})
      order by ${facilityVaccineFees.vaccineCode}), '[]'::json)
    from ${facilityVaccineFees} where ${facilityVaccineFees.facilityId} = ${facilities.id}) else '[]'::json end`,
};


type CentreRowOut = { [K in keyof typeof centreColumns]: unknown };
const toCentre = (row: CentreRowOut) => row as Centre;

/** One active centre by id, with no sessions; undefined when unknown or inactive. */
export async function findCentre(db: Db, id: number): Promise<Centre | undefined> {
  const [row] = await db
    .select(centreColumns)
    .from(facilities)
    .innerJoin(districts, eq(districts.id, facilities.districtId))
    .innerJoin(states, eq(states.id, facilities.stateId))
    .where(and(eq(facilities.id, id), eq(facilities.active, true)));
  return row ? toCentre(row) : undefined;
}

/**
 * Which centres and sessions a search covers: each side filters its own table, so the two statements of a
 * read (`centresSql`, `sessionsSql`) run side by side and neither joins the other.
 */
export interface WeeksFilter {
  centres: SQL;
  sessions: SQL;
}

/** A district read's filters (exported so EXPLAIN and pgbench run the very same SQL). */
export const weeksFilter = {
  district: (districtId: number): WeeksFilter => ({ centres: eq(facilities.districtId, districtId), sessions: eq(sessions.districtId, districtId) }),
};

/** The centre columns under their `Centre` names, each prefixed (a joined row tells them from the session's). */
const centreSelection = (prefix = "") => sql.join(Object.entries(centreColumns).map(([name, column]) => sql`${column} as ${sql.identifier(prefix + name)}`), sql`, `);

/**
 * The active centres a filter covers, with their district, state and (paid centres) fees: one row each. Raw
 * SQL, as the sessions': the ORM's row mapping was a tenth of a district miss's Node CPU (--cpu-prof).
 */
export function centresSql(filter: WeeksFilter): SQL {
  return sql`select ${centreSelection()}
    from ${facilities}
      inner join ${districts} on ${districts.id} = ${facilities.districtId}
      inner join ${states} on ${states.id} = ${facilities.stateId}
    where ${and(filter.centres, eq(facilities.active, true))}`;
}

/**
 * The scheduled sessions in [from, to] a filter covers, in the order the answers list them, slots riding along.
 * Raw SQL on purpose: mapped cell by cell by the ORM's select, a district-week's ~700 rows of 15 columns cost
 * ~8 ms of Node CPU (--cpu-prof of the read: drizzle's mapResultRow); the driver's own rows cost a fraction of
 * that. Building the JSON in PostgreSQL instead (json_agg) cost ~10 ms there: more than it saved here.
 */
export function sessionsSql(filter: WeeksFilter, from: string, to: string): SQL {
  return sql`select ${sessionColumns}
    from ${sessions}
    where ${and(filter.sessions, between(sessions.date, from, to), eq(sessions.status, "scheduled"))}
    order by ${sessionOrder}`;
}

const sessionColumns = sql`${sessions.id} as "id", ${sessions.facilityId} as "facilityId", ${sessions.date} as "date", ${sessions.vaccineCode} as "vaccineCode",
      ${sessions.minAge} as "minAge", ${sessions.maxAge} as "maxAge",
      ${sessions.capacityDose1} as "capacityDose1", ${sessions.capacityDose2} as "capacityDose2", ${sessions.capacityPrecaution} as "capacityPrecaution",
      ${sessions.bookedDose1} as "bookedDose1", ${sessions.bookedDose2} as "bookedDose2", ${sessions.bookedPrecaution} as "bookedPrecaution",
      ${sessions.fee} as "fee", ${sessions.slotSeats} as "slots"`;

/** The order every answer lists sessions in: by centre, then day, vaccine and youngest age first. */
const sessionOrder = sql`${sessions.facilityId}, ${sessions.date}, ${sessions.vaccineCode}, ${sessions.minAge}`;

/**
 * A small read (a PIN code's day, one centre, the centres near a point) as one statement: each centre's
 * columns repeat on its few sessions, which costs less than a second round trip (a findByPin miss spent
 * about half its Node CPU sending, building and mapping its two statements). District reads stay split.
 */
function joinedSql(centresWhere: SQL, from: string, to: string): SQL {
  return sql`select ${centreSelection("centre.")}, ${sessionColumns}
    from ${sessions}
      inner join ${facilities} on ${facilities.id} = ${sessions.facilityId}
      inner join ${districts} on ${districts.id} = ${facilities.districtId}
      inner join ${states} on ${states.id} = ${facilities.stateId}
    where ${and(centresWhere, eq(facilities.active, true), between(sessions.date, from, to), eq(sessions.status, "scheduled"))}
    order by ${sessionOrder}`;
}

/** A raw statement's rows, whichever engine ran it (postgres.js answers an array, PGlite `{ rows }`). */
async function rowsOf<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * Centres that have scheduled sessions in [from, to], each with those sessions, in centre-id order. Two
 * narrow statements at once instead of one join: a district-week is ~70 centres and ~700 sessions, and the
 * join repeated each centre's columns on every one of its sessions.
 */
async function weeksWhere(db: Db, filter: WeeksFilter, from: string, to: string): Promise<CentreWeek[]> {
  const [centreRows, sessionRows] = await Promise.all([rowsOf<Centre>(db, centresSql(filter)), rowsOf<CentreSession>(db, sessionsSql(filter, from, to))]);
  const centres = new Map(centreRows.map((centre) => [centre.id, centre]));
  const weeks: CentreWeek[] = [];
  for (const session of sessionRows) {
    const centre = centres.get(session.facilityId);
    if (!centre) continue; // an inactive centre's sessions are not offered
    let week = weeks.at(-1);
    if (!week || week.centre.id !== session.facilityId) {
      week = { centre, sessions: [] };
      weeks.push(week);
    }
    week.sessions.push(session);
  }
  return weeks;
}

/** A session's calendar entry as the database keeps it (migration 0008). */
export interface StoredCalendarSession {
  facilityId: number;
  /** ISO date */
  date: string;
  json: string;
}

/** The district's sessions in [from, to] as their stored calendar entries, in answer order (centres apart). */
export function storedCalendarSql(districtId: number, from: string, to: string): SQL {
  return sql`select ${sessions.facilityId} as "facilityId", ${sessions.date} as "date", ${sessions.calendarJson} as "json"
    from ${sessions}
    where ${and(eq(sessions.districtId, districtId), between(sessions.date, from, to), eq(sessions.status, "scheduled"))}
    order by ${sessionOrder}`;
}

/**
 * A district's active centres and its sessions' stored calendar entries in [from, to]: two statements side
 * by side, the sessions three narrow columns each.
 */
export async function storedCalendarByDistrict(db: Db, districtId: number, from: string, to: string) {
  const [centres, sessionRows] = await Promise.all([
    rowsOf<Centre>(db, centresSql(weeksFilter.district(districtId))),
    rowsOf<StoredCalendarSession>(db, storedCalendarSql(districtId, from, to)),
  ]);
  return { centres, sessions: sessionRows };
}

export function weeksByDistrict(db: Db, districtId: number, from: string, to: string) {
  return weeksWhere(db, weeksFilter.district(districtId), from, to);
}

type JoinedRow = CentreSession & Record<`centre.${keyof Centre}`, unknown>;

/** Centres with their sessions, from one joined statement (`joinedSql`). */
async function weeksJoined(db: Db, statement: SQL): Promise<CentreWeek[]> {
  const rows = await rowsOf<JoinedRow>(db, statement);
  const weeks: CentreWeek[] = [];
  for (const row of rows) {
    let week = weeks.at(-1);
    if (!week || week.centre.id !== row.facilityId) {
      week = { centre: centreOf(row), sessions: [] };
      weeks.push(week);
    }
    week.sessions.push(sessionOf(row));
  }
  return weeks;
}

const centreKeys = Object.keys(centreColumns) as (keyof Centre)[];

function centreOf(row: JoinedRow): Centre {
  const centre: Record<string, unknown> = {};
  for (const key of centreKeys) centre[key] = row[`centre.${key}`];
  return centre as unknown as Centre;
}

function sessionOf(row: JoinedRow): CentreSession {
  const { id, facilityId, date, vaccineCode, minAge, maxAge, capacityDose1, capacityDose2, capacityPrecaution, bookedDose1, bookedDose2, bookedPrecaution, fee, slots } = row;
  return { id, facilityId, date, vaccineCode, minAge, maxAge, capacityDose1, capacityDose2, capacityPrecaution, bookedDose1, bookedDose2, bookedPrecaution, fee, slots };
}

/** The statement a PIN code's read runs (exported so EXPLAIN and pgbench run the very same SQL). */
export const postalCodeSql = (code: string, from: string, to: string) => joinedSql(eq(facilities.postalCode, code), from, to);

export function weeksByPostalCode(db: Db, code: string, from: string, to: string) {
  return weeksJoined(db, postalCodeSql(code, from, to));
}

export function weeksByCentre(db: Db, centreId: number, from: string, to: string) {
  return weeksJoined(db, joinedSql(eq(facilities.id, centreId), from, to));
}

export interface NearOptions {
  radiusKm: number;
  limit: number;
}

/** How many candidates the bounding box may yield before distances are computed. */
const NEAR_CANDIDATES = 2000;

/** Active centres within radiusKm, nearest first, at most `limit`, without sessions. */
export async function centresNear(db: Db, point: { lat: number; lng: number }, options: NearOptions): Promise<CentreWeek[]> {
  const box = boundingBox(point, options.radiusKm);
  const candidates = await db
    .select({ id: facilities.id, lat: facilities.lat, lng: facilities.lng })
    .from(facilities)
    .where(
      and(
        between(facilities.lat, box.minLat, box.maxLat),
        between(facilities.lng, box.minLng, box.maxLng),
        eq(facilities.active, true),
      ),
    )
    .limit(NEAR_CANDIDATES);
  const nearest = candidates
    .map((c) => ({ id: c.id, distanceKm: distanceKm(point, c) }))
    .filter((c) => c.distanceKm <= options.radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id - b.id)
    .slice(0, options.limit);
  if (nearest.length === 0) return [];
  const distanceOf = new Map(nearest.map((c) => [c.id, c.distanceKm]));
  const rows = await db
    .select(centreColumns)
    .from(facilities)
    .innerJoin(districts, eq(districts.id, facilities.districtId))
    .innerJoin(states, eq(states.id, facilities.stateId))
    .where(inArray(facilities.id, [...distanceOf.keys()]));
  return rows.map((row) => ({ centre: toCentre(row), sessions: [], distanceKm: distanceOf.get(row.id) })).sort(byDistance);
}

/** The nearest centres with their sessions in [from, to] (centres with no sessions are kept, with none). */
export async function weeksNear(db: Db, point: { lat: number; lng: number }, options: NearOptions, from: string, to: string) {
  const near = await centresNear(db, point, options);
  if (near.length === 0) return [];
  const withSessions = await weeksJoined(db, joinedSql(inArray(facilities.id, near.map((n) => n.centre.id)), from, to));
  const sessionsOf = new Map(withSessions.map((w) => [w.centre.id, w.sessions]));
  return near.map((n) => ({ ...n, sessions: sessionsOf.get(n.centre.id) ?? [] }));
}
