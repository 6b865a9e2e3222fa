/**
 * npm run bench [-- --reuse-build --duration 15 --connections 50 --bookings 6000 --only availability|booking|doses|certificates --no-deploy --cpu-prof DIR]
 * Production build + `next start` on the national-shape dataset (npm run seed:scale). The public API under
 * wrk (random real districts, pins and dates), each scenario beside a ceiling measured in the same run: a
 * bare Node server sending a median district calendar's bytes, a route of this build sending those bytes
 * prebuilt, the app's no-database route; then the same scenarios through the reference deployment
 * (deploy/start: nginx micro-cache, two instances, PgBouncer; `--no-deploy` skips it) and pgbench running
 * the very SQL the API runs. Then bookings: virtual citizens made in bulk book through the booking page's
 * server action, against a one-insert route of the same app as the ceiling, and every session used is
 * checked for violated seat invariants afterwards. Then vaccinators mark doses through the verify page's
 * server action (bench/doses.ts), checked likewise, and certificates are signed, verified and rendered.
 * Traffic stays on 127.0.0.1; every phase ends by itself; the servers' process groups are killed at the end.
 * `--only availability` runs the public API's scenarios and pgbench and prints them (writes no report).
 * `--only booking` (or `doses`, `certificates`) runs just the one-insert ceiling and that scenario and prints
 * (writes no report), for profiling: with `--cpu-prof DIR` the server runs under `node --cpu-prof`.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { countViolations } from "@/lib/appointments/invariants";
import { formatDmyDate, SPAN_DAYS, weekWindow } from "@/lib/centres/rules";
import { bookingPolicy } from "@/lib/appointments/types";
import { generateSigningKeyPem } from "@/lib/certificates/key-material";
import { getCountryPack } from "@/lib/country";
import { bookingLoad, citizenAddress, type BookingResult, type SignedInCitizen } from "./booking";
import { commandLoad, type CommandResult } from "./booking-command";
import type { DoseResult } from "./dose-marking";
import { checkDoses, doseSummary, prepareDoses, runDoses } from "./doses";
import { makeBookingWorld, setSeats, type BookingWorld } from "./booking-world";
import { pgbench, type PgbenchResult } from "./pgbench";
import { certificateThroughput, sampleSigner, signSample } from "./certificates";
import { pdfOverHttp, prepareCertificateHolders, verifyOverHttp } from "./certificate-http";
import { sampleRss } from "./process-memory";
import { calendarByDistrictSql, findByPinSql, inline } from "./sql";
import { writeReport, type BookingSummary, type CertificateSummary, type ScenarioResult } from "./report";
import { serverActionId } from "./server-action";
import { wrk } from "./wrk";
import { citizenSessionCookie } from "./session-cookie";

const { values: flags } = parseArgs({
  options: {
    "reuse-build": { type: "boolean" },
    duration: { type: "string" },
    connections: { type: "string" },
    bookings: { type: "string" },
    only: { type: "string" },
    "no-deploy": { type: "boolean" },
    "cpu-prof": { type: "string" },
  },
});
const DURATION = Number(flags.duration ?? 15);
const CONNECTIONS = Number(flags.connections ?? 50);
const WARMUP = 5;
// Booking attempts measured (one per citizen), after a warm-up on sessions of their own.
const BOOKINGS = Number(flags.bookings ?? 6000);
const WARMUP_BOOKINGS = 600;
const BOOKING_SESSIONS = 200;
const WARMUP_SESSIONS = 20;
// Then the booking command alone, in this process, by citizens and over sessions of its own.
const COMMAND_BOOKINGS = 3000;
// A slow (or busy) machine stops the measured bookings early rather than running past ~10 minutes in all.
const BOOKING_MAX_SECONDS = 120;
// Half the citizens bring two people: ~1.5 seats an attempt. Seats for ~60 % of the attempts leave ~40 % "full".
const seatsFor = (attempts: number) => Math.max(4, Math.round((0.6 * 1.5 * attempts) / BOOKING_SESSIONS));
const SEATS_PER_SESSION = seatsFor(BOOKINGS);
const AUTH_SECRET = "bench-only-secret-not-for-production";
const HASH_KEY = "bench-only-hash-key";
// A server database needs a configured certificate signing key; the benchmark makes a throwaway one.
const CERT_SIGNING_KEY = generateSigningKeyPem();
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/vaxport_scale";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

async function dataset() {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [scale] = await sql`select value from app_settings where key = 'scale'`.catch(() => []);
    if (!scale) throw new Error(`No scale dataset in ${DATABASE_URL}. Run: DATABASE_URL=${DATABASE_URL} npm run seed:scale`);
    const districts = (await sql`select id from districts order by id`).map((r) => r.id as number);
    const pins = (await sql`select distinct postal_code as code from facilities order by 1`).map((r) => r.code as string);
    return { scale: scale.value as Record<string, unknown> & { firstDay: string }, districts, pins };
  } finally {
    await sql.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function build() {
  const fresh = flags["reuse-build"] && fs.existsSync(path.join(".next", "BUILD_ID"));
  if (fresh) return console.error("bench: reusing .next");
  console.error("bench: next build …");
  const run = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("next build failed");
}

/** What every server the benchmark starts runs with (one instance, or each instance of deploy/start). */
function serverEnv(port: number) {
  return {
    ...process.env,
    PORT: String(port),
    NODE_ENV: "production" as const,
    DATABASE_URL,
    REDIS_URL,
    AUTH_SECRET,
    VAXPORT_SEED: "none",
    VAXPORT_HASH_KEY: HASH_KEY,
    VAXPORT_CERT_SIGNING_KEY: CERT_SIGNING_KEY,
    // No SMS is sent during the benchmark; the production build needs this to start with the dev sender.
    VAXPORT_ALLOW_DEV_SENDER: "true",
    // The limiter runs on every request (its cost is measured) but one load generator must never trip it.
    PUBLIC_API_RATE_LIMIT: "1000000000",
    // As behind one reverse proxy: each virtual citizen's X-Forwarded-For is their own booking rate-limit key.
    // The public API's requests carry none, so they share one limiter key (and the limit above).
    VAXPORT_TRUSTED_PROXY_HOPS: "1",
    // Opens /api/bench/insert, the booking scenario's ceiling.
    VAXPORT_BENCH_ROUTES: "true",
    // The scale dataset has no staff; if a demo seed was ever added to it, the benchmark still runs.
    VAXPORT_ALLOW_DEMO_ACCOUNTS: "true",
  };
}

async function startServer(port: number) {
  const env = serverEnv(port);
  const profile = flags["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(flags["cpu-prof"])}`] : [];
  const server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid!, "SIGTERM");
  throw new Error("next start did not become healthy in 90 s");
}

/** SIGINT lets a profiled server exit cleanly (and write its profile); the group is killed after that. */
async function stopServer(server: ReturnType<typeof spawn>) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    process.kill(server.pid!, "SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

async function load(port: number, name: string, nextPath: () => string, pgid: number, method = "GET"): Promise<ScenarioResult> {
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration,
      // Browsers and python-requests both ask for gzip; Next compresses when asked.
      headers: { "accept-encoding": "gzip" },
      requests: [{ method, setupRequest: (req) => ({ ...req, path: nextPath() }) }],
    });
  console.error(`bench: ${name}: warm-up ${WARMUP}s, then ${DURATION}s at ${CONNECTIONS} connections`);
  await run(WARMUP);
  const memory = sampleRss(pgid);
  const result = await run(DURATION);
  const peakRss = memory.stop();
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    bytesPerSecond: result.throughput.average,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
}

/**
 * pgbench picks keys through a small keyed table (made here, in the dedicated scale database): inlining a
 * 3,000-element array literal into every statement would measure the parser, not the query.
 */
async function pgbenchScripts(data: Awaited<ReturnType<typeof dataset>>) {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    await sql`create table if not exists bench_keys (kind text, i int, value text, primary key (kind, i))`;
    await sql`delete from bench_keys`;
    await sql`insert into bench_keys select 'district', row_number() over (order by id), id::text from districts`;
    await sql`insert into bench_keys select 'pin', row_number() over (order by code), code from (select distinct postal_code as code from facilities) p`;
  } finally {
    await sql.end();
  }
  // Typed, so a prepared statement (pgbench -M prepared) knows what the parameter is.
  const day = `(date '${data.scale.firstDay}' + (:day)::int)`;
  const key = (kind: string) => `(select value from bench_keys where kind = '${kind}' and i = :i)`;
  // A district read is two statements (centres, sessions) over the span of 13 days from today that serves
  // every calendar of the week (today's dataset starts today); pgbench runs them as one transaction.
  const spanFirst = `date '${data.scale.firstDay}'`;
  const district = calendarByDistrictSql(-777, "1900-01-01", "1900-01-13")
    .map((statement) => inline(statement).replaceAll("-777", `${key("district")}::int`).replaceAll("'1900-01-01'", spanFirst).replaceAll("'1900-01-13'", `(${spanFirst} + ${SPAN_DAYS - 1})`))
    .join(";\n");
  const pin = findByPinSql("~PIN~", "1900-01-01")
    .map((statement) => inline(statement).replaceAll("'~PIN~'", key("pin")).replaceAll("'1900-01-01'", day))
    .join(";\n");
  return {
    calendarByDistrict: `\\set i random(1, ${data.districts.length})\n${district};\n`,
    findByPin: `\\set i random(1, ${data.pins.length})\n\\set day random(0, 6)\n${pin};\n`,
  };
}

/** The citizens and sessions of the booking scenario, made before the server starts; each citizen signed in. */
async function bookingWorld(firstDay: string): Promise<{ world: BookingWorld; citizens: SignedInCitizen[] }> {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const count = WARMUP_BOOKINGS + BOOKINGS + COMMAND_BOOKINGS;
    console.error(`bench: booking: making ${count} citizens and ${WARMUP_SESSIONS} + ${BOOKING_SESSIONS} + ${BOOKING_SESSIONS} sessions of ${SEATS_PER_SESSION} seats`);
    const plan = {
      citizens: count,
      warmUpSessions: WARMUP_SESSIONS,
      sessions: BOOKING_SESSIONS,
      commandSessions: BOOKING_SESSIONS,
      seatsPerSession: SEATS_PER_SESSION,
      hashKey: HASH_KEY,
    };
    const world = await makeBookingWorld(sql, plan, firstDay);
    const run = Math.floor(Math.random() * 256);
    const citizens = await Promise.all(
      world.citizens.map(async (citizen, i) => ({ ...citizen, cookie: await citizenSessionCookie(AUTH_SECRET, citizen), ip: citizenAddress(run, i) })),
    );
    return { world, citizens };
  } finally {
    await sql.end();
  }
}

async function bookings(port: number, pgid: number, world: BookingWorld, citizens: SignedInCitizen[]): Promise<BookingResult> {
  const actionId = serverActionId("lib/appointments/actions.ts", "bookAppointmentsAction");
  const base = { port, actionId, citizens, connections: CONNECTIONS, pgid, maxSeconds: BOOKING_MAX_SECONDS };
  console.error(`bench: booking: warm-up ${WARMUP_BOOKINGS} attempts, then ${BOOKINGS} at ${CONNECTIONS} connections`);
  const warm = await bookingLoad({ ...base, sessions: world.warmUp, amount: WARMUP_BOOKINGS }, "booking warm-up");
  if (warm.booking.booked === 0) throw new Error(`bench: no warm-up attempt booked; answers: ${warm.booking.otherSamples.join(" | ")}`);
  // A busy machine gets through fewer attempts in the time allowed: size the seats (and the attempts) to
  // what the warm-up's pace promises, so the share of "full" answers stays meaningful.
  const attempts = Math.max(200, Math.min(BOOKINGS, Math.floor((warm.booking.attempts / warm.seconds) * BOOKING_MAX_SECONDS * 0.8)));
  if (attempts < BOOKINGS) {
    world.seatsPerSession = seatsFor(attempts);
    console.error(`bench: booking: the warm-up's pace allows ~${attempts} attempts; sessions resized to ${world.seatsPerSession} seats`);
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    await setSeats(sql, world.measured.map((session) => session.sessionId), world.seatsPerSession).finally(() => sql.end());
  }
  const measured = await bookingLoad({ ...base, sessions: world.measured, amount: attempts }, "booking (bookAppointmentsAction)", WARMUP_BOOKINGS);
  if (measured.booking.otherSamples.length > 0) console.error(`bench: booking: unexpected answers, e.g. ${measured.booking.otherSamples.join(" | ")}`);
  return measured;
}

/** The same booking transaction without the web framework around it (bench/booking-command.ts). */
async function bookingCommand(world: BookingWorld): Promise<CommandResult> {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  await setSeats(sql, world.command.map((session) => session.sessionId), seatsFor(COMMAND_BOOKINGS)).finally(() => sql.end());
  console.error(`bench: booking command in-process: ${COMMAND_BOOKINGS} attempts, ${CONNECTIONS} at a time`);
  const citizens = world.citizens.slice(-COMMAND_BOOKINGS);
  return commandLoad(DATABASE_URL, citizens, world.command, bookingPolicy(getCountryPack()), CONNECTIONS);
}

/** Every session the booking scenario used, with its slots and appointments: the count must be 0. */
async function violations(world: BookingWorld) {
  const handle = await openDatabase({ url: DATABASE_URL, poolMax: 4 });
  try {
    return await countViolations(handle.db, { sessionIds: [...world.warmUp, ...world.measured, ...world.command].map((session) => session.sessionId) });
  } finally {
    await handle.close();
  }
}

function bookingSummary(result: BookingResult, insert: ScenarioResult, command: CommandResult, world: BookingWorld, found: BookingSummary["violations"]): BookingSummary {
  const { booking: counts, seconds } = result;
  return {
    citizens: world.citizens.length,
    sessions: world.measured.length,
    seatsPerSession: world.seatsPerSession,
    attempts: counts.attempts,
    attemptsPerSecond: counts.attempts / seconds,
    bookedPerSecond: counts.booked / seconds,
    appointmentsPerSecond: counts.appointments / seconds,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    fullShare: counts.full / counts.attempts,
    otherShare: counts.other / counts.attempts,
    vsInsert: counts.attempts / seconds / insert.requestsPerSecond,
    serverCpuMsPerAttempt: result.serverCpuMs / counts.attempts,
    command,
    violations: found,
  };
}

/**
 * Reads the scale tables once, so the operating system holds them as a database server holds its active
 * weeks: after a build or a test run evicted them, random districts measured the disk (30 req/s, p99 3.8 s).
 */
async function warmDatabase() {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const started = Date.now();
    await sql`select count(*) from sessions where calendar_json <> '' and slot_seats is not null`;
    await sql`select count(*) from facilities where name <> ''`;
    console.error(`bench: scale tables read into memory in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await sql.end();
  }
}

/**
 * The public API under wrk, each scenario beside the ceiling it is read against (measured in this run):
 * the bare Node server sending a median district calendar's bytes (the machine), the same build sending
 * those prebuilt bytes (the framework), the no-database route (the app's cheapest answer).
 */
async function availability(port: number, pgid: number, data: Awaited<ReturnType<typeof dataset>>, dates: string[]): Promise<ScenarioResult[]> {
  await warmDatabase();
  const api = "/api/v2/appointment/sessions/public";
  const base = `http://127.0.0.1:${port}`;
  const options = { connections: CONNECTIONS, seconds: DURATION, pgid };
  const many = (path: () => string) => Array.from({ length: 20_000 }, path);
  // Traffic concentrated where the cache pays: today, the 20 busiest districts.
  const hot = data.districts.slice(0, 20).map((id) => `${api}/calendarByDistrict?district_id=${id}&date=${dates[0]}`);
  const median = await medianCalendar(base, hot);
  const bare = await startBareServer(median.bytes);
  const results: ScenarioResult[] = [];
  try {
    results.push(await wrk(names.bare, `http://127.0.0.1:${bare.port}`, ["/"], { connections: CONNECTIONS, seconds: DURATION }));
  } finally {
    bare.stop();
  }
  const scenario = async (name: string, paths: readonly string[], ceiling?: string): Promise<ScenarioResult> => ({ ...(await wrk(name, base, paths, options)), ceiling });
  results.push(await scenario(names.prebuilt, [`/api/bench/prebuilt?district_id=${median.districtId}&date=${dates[0]}`], names.bare));
  results.push(await scenario(names.noDatabase, ["/api/bench/static"]));
  results.push(await scenario(names.hot, hot, names.prebuilt));
  const randomPaths = many(() => `${api}/calendarByDistrict?district_id=${pick(data.districts)}&date=${pick(dates)}`);
  const pinPaths = many(() => `${api}/findByPin?pincode=${pick(data.pins)}&date=${pick(dates)}`);
  results.push(await scenario(names.random, randomPaths, names.hot));
  results.push(await scenario(names.pin, pinPaths, names.noDatabase));
  if (flags["no-deploy"]) return results;
  // The reference deployment (deploy/start): nginx's micro-cache → two instances → PgBouncer.
  const deployment = await startDeployment();
  try {
    const through = async (name: string, paths: readonly string[], ceiling: string): Promise<ScenarioResult> => ({
      ...(await wrk(`${name}, through deploy/`, "http://127.0.0.1:8080", paths, { connections: CONNECTIONS, seconds: DURATION, pgid: deployment.pgid })),
      ceiling,
    });
    results.push(await through(names.hot, hot, names.bare));
    results.push(await through(names.random, randomPaths, names.random));
    results.push(await through(names.pin, pinPaths, names.pin));
  } finally {
    await stopServer(deployment.process);
  }
  return results;
}

/** deploy/start with the benchmark's settings, in its own process group; resolves once nginx answers. */
async function startDeployment() {
  const env = { ...serverEnv(0), DATABASE_POOL_MAX: "10" };
  delete (env as Record<string, string | undefined>).PORT;
  const started = spawn("deploy/start", ["/dev/null"], { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (await fetch("http://127.0.0.1:8080/api/health").then((r) => r.ok, () => false)) return { process: started, pgid: started.pid! };
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-started.pid!, "SIGTERM");
  throw new Error("deploy/start did not answer on :8080 in 180 s");
}

const names = {
  bare: "bare Node server, a median district calendar's bytes",
  prebuilt: "prebuilt-bytes route (/api/bench/prebuilt, the same bytes)",
  noDatabase: "no-database route (/api/bench/static)",
  hot: "calendarByDistrict, hot set (20 districts, today)",
  random: "calendarByDistrict, random district × date",
  pin: "findByPin, random",
};

/** The hot set's median answer (by size): its bytes for the bare server, its district for the prebuilt route. */
async function medianCalendar(base: string, paths: readonly string[]) {
  const answers = await Promise.all(
    paths.map(async (path) => ({ districtId: Number(new URL(path, base).searchParams.get("district_id")), bytes: Buffer.from(await (await fetch(base + path)).arrayBuffer()) })),
  );
  answers.sort((a, b) => a.bytes.length - b.bytes.length);
  const median = answers[Math.floor(answers.length / 2)]!;
  console.error(`bench: median district calendar: ${median.bytes.length} bytes (district ${median.districtId})`);
  return median;
}

async function startBareServer(body: Buffer) {
  const port = await freePort();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vaxport-bare-")), "body.json");
  fs.writeFileSync(file, body);
  const server = spawn(process.execPath, ["--import", "tsx", "bench/bare-server.ts"], { env: { ...process.env, PORT: String(port), BODY_FILE: file }, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 200));
  return { port, stop: () => server.kill("SIGTERM") };
}

/** pgbench running the very SQL of the district calendar and findByPin reads. */
async function databaseOnly(data: Awaited<ReturnType<typeof dataset>>): Promise<Record<string, PgbenchResult>> {
  console.error(`bench: pgbench, ${DURATION}s each, 10 clients (the app's pool size)`);
  const scripts = await pgbenchScripts(data);
  return {
    calendarByDistrict: pgbench(DATABASE_URL, scripts.calendarByDistrict, DURATION, 10),
    // The app's own statements run prepared (postgres.js names them): the same SQL without re-planning.
    "calendarByDistrict, prepared": pgbench(DATABASE_URL, scripts.calendarByDistrict, DURATION, 10, "prepared"),
    findByPin: pgbench(DATABASE_URL, scripts.findByPin, DURATION, 10),
  };
}

/** `--only availability`: the public API's scenarios and pgbench, printed (no report written). */
async function availabilityOnly() {
  const data = await dataset();
  const dates = weekWindow(data.scale.firstDay).days.map(formatDmyDate);
  build();
  const port = await freePort();
  const server = await startServer(port);
  let results: ScenarioResult[];
  try {
    results = await availability(port, server.pid!, data, dates);
  } finally {
    await stopServer(server);
  }
  const database = await databaseOnly(data);
  console.log(JSON.stringify({ results, database }, null, 2));
}

async function main() {
  const only = flags.only;
  if (only === "availability") return availabilityOnly();
  if (only !== undefined && !["booking", "doses", "certificates"].includes(only)) throw new Error("--only takes availability, booking, doses or certificates");
  const data = await dataset();
  const { world, citizens } = await bookingWorld(data.scale.firstDay);
  const doses = only === "booking" || only === "certificates" ? undefined : await prepareDoses(DATABASE_URL, HASH_KEY, AUTH_SECRET);
  console.error("bench: certificates in-process: signing, verifying and rendering PDFs, 5 s each");
  const certificates: CertificateSummary = { inProcess: await certificateThroughput(5) };
  const dates = weekWindow(data.scale.firstDay).days.map(formatDmyDate);
  build();
  const port = await freePort();
  const server = await startServer(port);
  const pgid = server.pid!;
  const results: ScenarioResult[] = [];
  let database: Record<string, PgbenchResult> = {};
  let insert: ScenarioResult | undefined;
  let booked: BookingResult | undefined;
  let marked: DoseResult | undefined;
  try {
    if (only === undefined) results.push(...(await availability(port, pgid, data, dates)));
    insert = await load(port, "one-insert route (POST /api/bench/insert)", () => "/api/bench/insert", pgid, "POST");
    results.push(insert);
    if (only === undefined || only === "certificates") {
      const signer = sampleSigner(CERT_SIGNING_KEY);
      const texts = Array.from({ length: 500 }, () => signSample(signer));
      console.error(`bench: certificates over HTTP: verify and PDF, ${DURATION}s each at ${CONNECTIONS} connections`);
      certificates.verify = await verifyOverHttp(port, pgid, texts, CONNECTIONS, DURATION);
      const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
      const holders = await prepareCertificateHolders(sql, world.citizens.slice(0, 200), AUTH_SECRET).finally(() => sql.end());
      certificates.pdf = await pdfOverHttp(port, pgid, holders, CONNECTIONS, DURATION);
      results.push(certificates.verify, certificates.pdf);
    }
    if (only !== "doses" && only !== "certificates") {
      booked = await bookings(port, pgid, world, citizens);
      results.push(booked);
    }
    if (doses) {
      marked = await runDoses(doses, port, pgid, CONNECTIONS);
      results.push(marked);
    }
  } finally {
    await stopServer(server);
  }
  const dosing = marked && doses ? doseSummary(marked, insert!.requestsPerSecond, await checkDoses(DATABASE_URL, doses)) : undefined;
  const booking = booked ? bookingSummary(booked, insert!, await bookingCommand(world), world, await violations(world)) : undefined;
  if (only !== undefined) {
    console.log(JSON.stringify({ insert: insert!.requestsPerSecond, booking, dosing, certificates }, null, 2));
    return;
  }
  database = await databaseOnly(data);
  const files = writeReport({ results, booking, dosing, certificates, database, scale: data.scale, connections: CONNECTIONS, duration: DURATION });
  console.error(`bench: wrote ${files.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
