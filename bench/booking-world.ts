/**
 * The booking scenario's world, made in bulk in the scale database before the server starts: virtual
 * citizens (one account each, with one or two people aged 40+), and a few hundred sessions of the coming
 * days given a small dose-1 capacity with nothing booked, so a share of the attempts meets a full session.
 * Everything a previous run made is removed first, so the benchmark can run again on the same dataset.
 */
import type { Sql } from "postgres";
import { keyedHash } from "@/lib/auth/keyed-hash";

/** Every bench account's mobile starts so (E.164, India, a range no demo or test data uses). */
const MOBILE_PREFIX = "+9199";
const SLOTS_PER_SESSION = 4;

export interface Citizen {
  accountId: string;
  mobile: string;
  beneficiaryIds: string[];
}

export interface BookableSession {
  sessionId: string;
  slotIds: string[];
}

export interface BookingWorld {
  citizens: Citizen[];
  /** Sessions for the warm-up, then the measured run: disjoint, so the warm-up fills none of the measured seats. */
  warmUp: BookableSession[];
  measured: BookableSession[];
  /** For the booking command called in-process (no HTTP): disjoint from both. */
  command: BookableSession[];
  seatsPerSession: number;
}

interface Plan {
  citizens: number;
  warmUpSessions: number;
  sessions: number;
  commandSessions: number;
  seatsPerSession: number;
  hashKey: string;
}

export async function removeBenchCitizens(sql: Sql): Promise<void> {
  const accounts = sql`select id from accounts where mobile like ${MOBILE_PREFIX + "%"}`;
  const people = sql`select id from beneficiaries where account_id in (${accounts})`;
  // The certificate scenario gives some of them a dose and its certificate (bench/certificate-http.ts).
  await sql`delete from certificates where beneficiary_id in (${people})`;
  await sql`delete from doses where beneficiary_id in (${people})`;
  await sql`delete from appointments where beneficiary_id in (${people})`;
  await sql`delete from beneficiaries where account_id in (${accounts})`;
  await sql`delete from accounts where mobile like ${MOBILE_PREFIX + "%"}`;
}

async function makeCitizens(sql: Sql, count: number, hashKey: string): Promise<Citizen[]> {
  const citizens: Citizen[] = [];
  const CHUNK = 2000;
  for (let start = 0; start < count; start += CHUNK) {
    const indices = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) => start + i);
    const accounts = indices.map((i) => ({ mobile: `${MOBILE_PREFIX}${String(i).padStart(8, "0")}`, beneficiary_count: 1 + (i % 2) }));
    const made = await sql<{ id: string; mobile: string; beneficiary_count: number }[]>`
      insert into accounts ${sql(accounts)} returning id, mobile, beneficiary_count`;
    const people = made.flatMap((account) =>
      Array.from({ length: account.beneficiary_count }, (_, person) => {
        const n = Number(account.mobile.slice(MOBILE_PREFIX.length)) * 2 + person;
        const aadhaar = `9${String(n).padStart(11, "0")}`;
        return {
          account_id: account.id,
          reference_id: `99${String(n).padStart(11, "0")}`,
          name: `Bench Citizen ${n}`,
          gender: n % 2 === 0 ? "female" : "male",
          // 46 to 56 in the sessions' year: old enough for every session (18+ and 45+).
          birth_year: 1970 + (n % 11),
          photo_id_type: "AADHAAR",
          photo_id_hash: keyedHash("photo-id", `AADHAAR:${aadhaar}`, hashKey),
          photo_id_last4: aadhaar.slice(-4),
        };
      }),
    );
    const ids = await sql<{ id: string; account_id: string }[]>`
      insert into beneficiaries ${sql(people)}
      returning id, account_id`;
    const byAccount = new Map<string, string[]>();
    for (const row of ids) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row.id]);
    for (const account of made) citizens.push({ accountId: account.id, mobile: account.mobile, beneficiaryIds: byAccount.get(account.id) ?? [] });
  }
  return citizens;
}

/**
 * Picks sessions of tomorrow and later (no slot of theirs can have ended), spread over the districts, and
 * sets dose-1 capacity to `seatsPerSession` (its slots share it) and every counter to zero: the seeded
 * counters stand for bookings that have no appointment rows, which the invariant check would count.
 */
async function limitSessions(sql: Sql, count: number, seatsPerSession: number, firstDay: string): Promise<BookableSession[]> {
  const picked = await sql<{ id: string }[]>`
    select id from sessions
    where date > ${firstDay}::date and status = 'scheduled'
      and (select count(*) from slots where session_id = sessions.id) = ${SLOTS_PER_SESSION}
    order by md5(id::text) limit ${count}`;
  const ids = picked.map((row) => row.id);
  await setSeats(sql, ids, seatsPerSession);
  const slots = await sql<{ session_id: string; id: string }[]>`select session_id, id from slots where session_id = any(${ids}::uuid[]) order by session_id, starts_at`;
  const bySession = new Map<string, string[]>();
  for (const slot of slots) bySession.set(slot.session_id, [...(bySession.get(slot.session_id) ?? []), slot.id]);
  return ids.map((sessionId) => ({ sessionId, slotIds: bySession.get(sessionId) ?? [] }));
}

/** Empties the sessions and gives each `seats` dose-1 seats (nothing else); the slots share them, the first ones taking the remainder. */
export async function setSeats(sql: Sql, sessionIds: readonly string[], seats: number): Promise<void> {
  const ids = [...sessionIds];
  await sql`update sessions set capacity_dose1 = ${seats}, capacity_dose2 = 0, capacity_precaution = 0,
              booked_dose1 = 0, booked_dose2 = 0, booked_precaution = 0 where id = any(${ids}::uuid[])`;
  await sql`update slots set booked = 0, capacity = ${Math.floor(seats / SLOTS_PER_SESSION)}
              + case when rn <= ${seats % SLOTS_PER_SESSION} then 1 else 0 end
            from (select id as slot_id, row_number() over (partition by session_id order by starts_at) as rn
                  from slots where session_id = any(${ids}::uuid[])) ordered
            where slots.id = ordered.slot_id`;
}

export async function makeBookingWorld(sql: Sql, plan: Plan, firstDay: string): Promise<BookingWorld> {
  await removeBenchCitizens(sql);
  const citizens = await makeCitizens(sql, plan.citizens, plan.hashKey);
  const sessions = await limitSessions(sql, plan.warmUpSessions + plan.sessions + plan.commandSessions, plan.seatsPerSession, firstDay);
  await sql`analyze accounts, beneficiaries`;
  const measuredEnd = plan.warmUpSessions + plan.sessions;
  return {
    citizens,
    warmUp: sessions.slice(0, plan.warmUpSessions),
    measured: sessions.slice(plan.warmUpSessions, measuredEnd),
    command: sessions.slice(measuredEnd),
    seatsPerSession: plan.seatsPerSession,
  };
}
