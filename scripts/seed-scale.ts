/**
 * A national-shape dataset for benchmarks and EXPLAIN, on PostgreSQL only:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/vaxport_scale npm run seed:scale [-- --per-district 67 --force]
 * India's reference data (37 states, 756 districts with CoWIN ids), 30 postal codes per district with
 * coordinates, 67 centres per district (50,652), a week of sessions for each (one a day, a second on about
 * half the days) with 4 slots each, then CLUSTER (sessions by district and date) and ANALYZE. Rows are made by INSERT … SELECT generate_series inside
 * PostgreSQL, in chunks of districts, so progress can be shown and nothing crosses the wire row by row.
 * The database is created when missing; one holding other data is refused.
 */
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedReference } from "@/db/seed/reference";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { progressBar } from "./progress";

const POSTAL_CODES_PER_DISTRICT = 30;
const DAYS = 7;
const CHUNKS = 20;

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Use a plain database name (got "${name}")`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`select 1 as ok from pg_database where datname = ${name}`;
    if (!row) await client.unsafe(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({ options: { "per-district": { type: "string" }, force: { type: "boolean" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("seed:scale needs DATABASE_URL (a dedicated PostgreSQL database, e.g. …/vaxport_scale); it never uses the embedded engine.");
  const perDistrict = Number(values["per-district"] ?? 67);
  await ensureDatabase(url);
  const handle = await openDatabase({ url, poolMax: 2 });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const bar = progressBar("seed:scale");
  const started = performance.now();
  try {
    await migrateDatabase(handle);
    const [marker] = await sql`select value from app_settings where key = 'scale'`;
    const [{ n: existing }] = (await sql`select count(*)::int as n from facilities`) as unknown as [{ n: number }];
    if (existing > 0 && !marker) throw new Error("This database holds facilities that seed:scale did not make; use a dedicated database.");
    if (marker && !values.force) {
      console.log(`Scale dataset already present: ${JSON.stringify(marker.value)}. Pass --force to regenerate.`);
      return;
    }
    const pack = getCountryPack("IN");
    await seedReference(handle.db, pack, await pack.geography());
    const firstDay = isoDateIn(pack.timeZone);
    await sql.unsafe("set synchronous_commit = off");
    await sql.unsafe("truncate slots, sessions, facility_vaccine_fees, facilities, postal_codes restart identity cascade");
    bar.update(0.02, "postal codes");

    await sql.unsafe(`
      insert into postal_codes (code, district_id, lat, lng)
      select lpad((110000 + (d.rn - 1) * ${POSTAL_CODES_PER_DISTRICT} + i)::text, 6, '0'), d.id,
             d.lat + (random() - 0.5) * 0.4, d.lng + (random() - 0.5) * 0.4
      from (select id, row_number() over (order by id) as rn,
                   9 + 24 * ((id * 7919) % 1000) / 1000.0 as lat, 70 + 25 * ((id * 104729) % 1000) / 1000.0 as lng
            from districts) d
      cross join generate_series(1, ${POSTAL_CODES_PER_DISTRICT}) as i`);
    bar.update(0.05, "facilities");

    const vaccines = pack.vaccines.map((v) => v.code);
    const vaccineArray = `array[${vaccines.map((c) => `'${c}'`).join(",")}]`;
    await sql.unsafe(`
      insert into facilities (name, address, block, state_id, district_id, postal_code, lat, lng, type, fee_type, opens_at, closes_at)
      select case when n % 3 = 0 then 'Private Hospital ' else 'Primary Health Centre ' end || d.name || ' ' || n,
             (n * 13 % 250 + 1) || ', Main Road, ' || d.name,
             'Block ' || (n % 5 + 1), d.state_id, d.id, p.code,
             p.lat + (random() - 0.5) * 0.02, p.lng + (random() - 0.5) * 0.02,
             (case when n % 3 = 0 then 'private' else 'government' end)::facility_type,
             (case when n % 3 = 0 then 'paid' else 'free' end)::fee_type,
             case when n % 3 = 0 then time '08:00' else time '09:00' end,
             case when n % 3 = 0 then time '20:00' else time '17:00' end
      from (select *, row_number() over (order by id) as rn from districts) d
      cross join generate_series(1, ${perDistrict}) as n
      join postal_codes p
        on p.code = lpad((110000 + (d.rn - 1) * ${POSTAL_CODES_PER_DISTRICT} + (n - 1) % ${POSTAL_CODES_PER_DISTRICT} + 1)::text, 6, '0')
      order by d.id, n`);
    const fees = pack.demo.privateFees;
    await sql.unsafe(`
      insert into facility_vaccine_fees (facility_id, vaccine_code, fee)
      select f.id, v.code, v.fee from facilities f
      cross join (values ${Object.entries(fees).map(([c, fee]) => `('${c}', ${fee})`).join(",")}) as v(code, fee)
      where f.fee_type = 'paid'`);
    bar.update(0.1, "sessions");

    const [{ max: maxId }] = (await sql`select max(id)::int as max from facilities`) as unknown as [{ max: number }];
    const step = Math.ceil(maxId / CHUNKS);
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      const lo = chunk * step + 1;
      const hi = Math.min(maxId, (chunk + 1) * step);
      // Each centre offers two vaccines; one session a day, and a 45+ session of the other vaccine on about half the days.
      await sql.unsafe(`
        with planned as (
          select f.id as facility_id, f.district_id, f.fee_type, day, which,
                 (${vaccineArray})[1 + (f.id + day + which) % ${vaccines.length}] as vaccine_code,
                 case when which = 0 then 18 else 45 end as min_age,
                 10 * (1 + (f.id * 31 + day * 17) % 10) as c1,
                 10 * (1 + (f.id * 17 + day * 7) % 6) as c2,
                 10 * ((f.id + day) % 4) as cp,
                 ((f.id * 7 + day * 3) % 10) / 10.0 as used
          from facilities f
          cross join generate_series(0, ${DAYS - 1}) as day
          cross join generate_series(0, 1) as which
          where f.id between ${lo} and ${hi} and (which = 0 or (f.id + day) % 2 = 0)
        )
        insert into sessions (facility_id, district_id, date, vaccine_code, min_age, capacity_dose1, capacity_dose2,
                              capacity_precaution, booked_dose1, booked_dose2, booked_precaution, fee)
        select p.facility_id, p.district_id, date '${firstDay}' + p.day, p.vaccine_code, p.min_age, p.c1, p.c2, p.cp,
               floor(p.c1 * p.used), floor(p.c2 * p.used), floor(p.cp * p.used), coalesce(fv.fee, 0)
        from planned p
        left join facility_vaccine_fees fv on fv.facility_id = p.facility_id and fv.vaccine_code = p.vaccine_code
        order by p.day, p.facility_id`);
      await sql.unsafe(`
        insert into slots (session_id, starts_at, ends_at, capacity, booked)
        select s.id, w.starts_at, w.ends_at,
               t.total / 4 + case when w.i < t.total % 4 then 1 else 0 end,
               t.booked / 4 + case when w.i < t.booked % 4 then 1 else 0 end
        from sessions s
        cross join lateral (select s.capacity_dose1 + s.capacity_dose2 + s.capacity_precaution as total,
                                   s.booked_dose1 + s.booked_dose2 + s.booked_precaution as booked) t
        cross join (values (0, time '09:00', time '11:00'), (1, time '11:00', time '13:00'),
                           (2, time '13:00', time '15:00'), (3, time '15:00', time '17:00')) as w(i, starts_at, ends_at)
        where s.facility_id between ${lo} and ${hi}`);
      bar.update(0.1 + (0.8 * (chunk + 1)) / CHUNKS, `sessions and slots ${chunk + 1}/${CHUNKS}`);
    }
    // Each session was written twice (made, then given its slots' seats and calendar entry), the second,
    // wider copy landing wherever there was room: a district's week lay on ~1 page per session. A long-running
    // database holds its active weeks in shared_buffers, or is CLUSTERed off-peak (README, production).
    bar.update(0.9, "cluster sessions by district and date");
    await sql.unsafe("cluster sessions using sessions_district_date_idx");
    bar.update(0.95, "analyze");
    await sql.unsafe("analyze");
    const counts = await sql`select
      (select count(*) from districts)::int as districts, (select count(*) from postal_codes)::int as postal_codes,
      (select count(*) from facilities)::int as facilities, (select count(*) from sessions)::int as sessions,
      (select count(*) from slots)::int as slots`;
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const summary = { ...counts[0], firstDay, days: DAYS, seconds, generatedAt: new Date().toISOString() };
    await sql`insert into app_settings (key, value) values ('scale', ${sql.json(summary)})
      on conflict (key) do update set value = excluded.value, updated_at = now()`;
    await sql`insert into app_settings (key, value) values ('seed', ${sql.json({ country: "IN", mode: "reference", seededAt: summary.generatedAt })})
      on conflict (key) do nothing`;
    bar.done();
    console.log(`Scale dataset ready in ${seconds} s:`, summary);
  } finally {
    await sql.end();
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
