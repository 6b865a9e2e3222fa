/**
 * The dose-marking scenario's world, made in bulk in the scale database before the server starts: one
 * vaccinator per facility, a session of today at that facility with booked dose-1 appointments (people
 * aged 40+, code 1234), and one batch holding exactly as many doses as the session has appointments, so the
 * batches run out exactly as the work ends. What an earlier run made is removed first.
 */
import type { Sql } from "postgres";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { generateConfirmationNumber } from "@/lib/appointments/confirmation";

const MOBILE_PREFIX = "+9198";
const STAFF_PREFIX = "bench-vax-";
const LOT_PREFIX = "BENCH-";
const SETTING = "bench_dose_sessions";
export const BENCH_SECURITY_CODE = "1234";

export interface Vaccinator {
  staffId: string;
  username: string;
  facilityId: number;
  districtId: number;
  stateId: number;
}

export interface MarkJob {
  vaccinator: Vaccinator;
  sessionId: string;
  appointmentId: string;
  batchId: string;
}

export interface DoseWorld {
  vaccinators: Vaccinator[];
  /** Every appointment to mark, in the order the load takes them (facilities interleaved). */
  jobs: MarkJob[];
  sessionIds: string[];
}

interface Plan {
  vaccinators: number;
  appointmentsEach: number;
  today: string;
  hashKey: string;
}

/** Removes everything an earlier run made, in foreign-key order. */
export async function removeDoseWorld(sql: Sql): Promise<void> {
  const [setting] = await sql<{ value: string[] }[]>`select value from app_settings where key = ${SETTING}`;
  const sessionIds = setting?.value ?? [];
  const people = sql`select b.id from beneficiaries b join accounts a on a.id = b.account_id where a.mobile like ${MOBILE_PREFIX + "%"}`;
  const [adverse] = await sql<{ exists: boolean }[]>`select to_regclass('adverse_events') is not null as exists`;
  if (adverse?.exists) await sql`delete from adverse_events where dose_id in (select id from doses where beneficiary_id in (${people}))`;
  await sql`delete from certificates where beneficiary_id in (${people})`;
  await sql`delete from doses where beneficiary_id in (${people})`;
  await sql`delete from appointments where beneficiary_id in (${people})`;
  await sql`delete from beneficiaries where id in (${people})`;
  await sql`delete from accounts where mobile like ${MOBILE_PREFIX + "%"}`;
  if (sessionIds.length > 0) await sql`delete from sessions where id = any(${sessionIds}::uuid[])`;
  await sql`delete from stock_batches where lot like ${LOT_PREFIX + "%"}`;
  await sql`delete from staff_users where username like ${STAFF_PREFIX + "%"}`;
  await sql`delete from app_settings where key = ${SETTING}`;
}

export async function makeDoseWorld(sql: Sql, plan: Plan): Promise<DoseWorld> {
  await removeDoseWorld(sql);
  const [vaccine] = await sql<{ code: string }[]>`select code from vaccines where active and min_age_years <= 18 order by code limit 1`;
  if (!vaccine) throw new Error("bench: no active vaccine for adults in the scale dataset");
  // Facilities with no session of this vaccine and age today, so the bench's own sessions fit the unique key.
  const facilities = await sql<{ id: number; district_id: number; state_id: number }[]>`
    select f.id, f.district_id, d.state_id from facilities f join districts d on d.id = f.district_id
    where not exists (select 1 from sessions s where s.facility_id = f.id and s.date = ${plan.today}::date
                        and s.vaccine_code = ${vaccine.code} and s.min_age = 18)
    order by md5(f.id::text) limit ${plan.vaccinators}`;
  const n = plan.appointmentsEach;

  const staff = await sql<{ id: string; username: string; facility_id: number; district_id: number; state_id: number }[]>`
    insert into staff_users ${sql(
      facilities.map((f) => ({
        username: `${STAFF_PREFIX}${f.id}`,
        // Never used to sign in: the bench mints the session cookie.
        password_hash: "bench-no-password",
        display_name: `Bench vaccinator ${f.id}`,
        role: "vaccinator",
        facility_id: f.id,
        district_id: f.district_id,
        state_id: f.state_id,
      })),
    )} returning id, username, facility_id, district_id, state_id`;
  const sessions = await sql<{ id: string; facility_id: number; district_id: number }[]>`
    insert into sessions ${sql(
      facilities.map((f) => ({
        facility_id: f.id,
        district_id: f.district_id,
        date: plan.today,
        vaccine_code: vaccine.code,
        min_age: 18,
        capacity_dose1: n,
        booked_dose1: n,
      })),
    )} returning id, facility_id, district_id`;
  await sql`insert into app_settings (key, value) values (${SETTING}, ${sql.json(sessions.map((s) => s.id))})`;
  const slots = await sql<{ id: string; session_id: string }[]>`
    insert into slots ${sql(sessions.map((s) => ({ session_id: s.id, starts_at: "00:00:00", ends_at: "23:59:59", capacity: n, booked: n })))}
    returning id, session_id`;
  const batches = await sql<{ id: string; facility_id: number }[]>`
    insert into stock_batches ${sql(
      facilities.map((f) => ({ facility_id: f.id, vaccine_code: vaccine.code, lot: `${LOT_PREFIX}${f.id}`, expires_on: plan.today, doses_received: n })),
    )} returning id, facility_id`;

  const people = await makePeople(sql, facilities.length * n, plan.hashKey);
  const slotOf = new Map(slots.map((s) => [s.session_id, s.id]));
  const appointmentRows = sessions.flatMap((session, i) =>
    people.slice(i * n, (i + 1) * n).map((beneficiaryId) => ({
      beneficiary_id: beneficiaryId,
      session_id: session.id,
      slot_id: slotOf.get(session.id)!,
      district_id: session.district_id,
      dose_number: 1,
      capacity_kind: "dose1",
      confirmation_number: generateConfirmationNumber(),
      security_code: BENCH_SECURITY_CODE,
    })),
  );
  const appointments: { id: string; session_id: string }[] = [];
  for (let start = 0; start < appointmentRows.length; start += 2000) {
    appointments.push(...(await sql<{ id: string; session_id: string }[]>`insert into appointments ${sql(appointmentRows.slice(start, start + 2000))} returning id, session_id`));
  }
  await sql`analyze appointments, doses, stock_batches, staff_users, sessions`;

  const vaccinators = staff.map((s): Vaccinator => ({ staffId: s.id, username: s.username, facilityId: s.facility_id, districtId: s.district_id, stateId: s.state_id }));
  const byFacility = new Map(vaccinators.map((v) => [v.facilityId, v]));
  const batchOf = new Map(batches.map((b) => [b.facility_id, b.id]));
  const facilityOf = new Map(sessions.map((s) => [s.id, s.facility_id]));
  const perSession = new Map<string, MarkJob[]>();
  for (const a of appointments) {
    const facilityId = facilityOf.get(a.session_id)!;
    const job = { vaccinator: byFacility.get(facilityId)!, sessionId: a.session_id, appointmentId: a.id, batchId: batchOf.get(facilityId)! };
    perSession.set(a.session_id, [...(perSession.get(a.session_id) ?? []), job]);
  }
  // Round-robin over the sessions: at any moment every vaccinator has someone in front of them.
  const queues = [...perSession.values()];
  const jobs: MarkJob[] = [];
  for (let i = 0; i < n; i++) for (const queue of queues) if (queue[i]) jobs.push(queue[i]!);
  return { vaccinators, jobs, sessionIds: sessions.map((s) => s.id) };
}

async function makePeople(sql: Sql, count: number, hashKey: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 2000) {
    const indices = Array.from({ length: Math.min(2000, count - start) }, (_, i) => start + i);
    const accounts = await sql<{ id: string }[]>`
      insert into accounts ${sql(indices.map((i) => ({ mobile: `${MOBILE_PREFIX}${String(i).padStart(8, "0")}`, beneficiary_count: 1 })))} returning id`;
    const people = await sql<{ id: string }[]>`
      insert into beneficiaries ${sql(
        indices.map((i, k) => {
          const aadhaar = `8${String(i).padStart(11, "0")}`;
          return {
            account_id: accounts[k]!.id,
            reference_id: `98${String(i).padStart(11, "0")}`,
            name: `Bench Vaccinee ${i}`,
            gender: i % 2 === 0 ? "female" : "male",
            birth_year: 1970 + (i % 11),
            photo_id_type: "AADHAAR",
            photo_id_hash: keyedHash("photo-id", `AADHAAR:${aadhaar}`, hashKey),
            photo_id_last4: aadhaar.slice(-4),
          };
        }),
      )} returning id`;
    ids.push(...people.map((p) => p.id));
  }
  return ids;
}

export interface DoseViolations {
  duplicateDoses: number;
  batchUsedMismatch: number;
  completedWithoutOneDose: number;
  total: number;
}

/** After the run: no beneficiary with two doses of one number, each batch's used count equals its doses, each completed appointment has exactly one dose. */
export async function doseViolations(sql: Sql, sessionIds: readonly string[]): Promise<DoseViolations> {
  const ids = [...sessionIds];
  const [row] = await sql<{ duplicate: number; batch: number; completed: number }[]>`
    select
      (select count(*)::int from (select beneficiary_id, dose_number from doses where session_id = any(${ids}::uuid[])
         group by 1, 2 having count(*) > 1) d) as duplicate,
      (select count(*)::int from stock_batches b where b.lot like ${LOT_PREFIX + "%"}
         and b.doses_used <> (select count(*) from doses where stock_batch_id = b.id)) as batch,
      (select count(*)::int from appointments a where a.session_id = any(${ids}::uuid[]) and a.status = 'completed'
         and (select count(*) from doses where appointment_id = a.id) <> 1) as completed`;
  const found = { duplicateDoses: row!.duplicate, batchUsedMismatch: row!.batch, completedWithoutOneDose: row!.completed };
  return { ...found, total: found.duplicateDoses + found.batchUsedMismatch + found.completedWithoutOneDose };
}
