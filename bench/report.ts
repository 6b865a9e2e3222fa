import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Violations } from "@/lib/appointments/invariants";
import type { CommandResult } from "./booking-command";
import type { CertificateThroughput } from "./certificates";
import type { DoseSummary } from "./doses";
import type { PgbenchResult } from "./pgbench";

export interface ScenarioResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  bytesPerSecond: number;
  peakRssMb: number;
  /** The load generator (autocannon unless said). */
  tool?: "wrk" | "autocannon";
  /** The name of the row (measured in the same run) this scenario is read against. */
  ceiling?: string;
}

/** The booking scenario's own figures (see bench/booking.ts); its load numbers are a row of `results`. */
export interface BookingSummary {
  citizens: number;
  sessions: number;
  seatsPerSession: number;
  attempts: number;
  attemptsPerSecond: number;
  bookedPerSecond: number;
  appointmentsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  fullShare: number;
  otherShare: number;
  /** Attempts answered per second over the one-insert route's requests per second. */
  vsInsert: number;
  /** The server's CPU time per attempt answered. */
  serverCpuMsPerAttempt: number;
  /** The booking transaction alone, called in-process. */
  command: CommandResult;
  violations: Violations;
}

/** Certificates: made in-process (one core), and verified and downloaded over HTTP (rows of `results` too). */
export interface CertificateSummary {
  inProcess: CertificateThroughput;
  verify?: ScenarioResult;
  pdf?: ScenarioResult;
}

interface Report {
  results: ScenarioResult[];
  certificates?: CertificateSummary;
  booking?: BookingSummary;
  dosing?: DoseSummary;
  database: Record<string, PgbenchResult>;
  scale: Record<string, unknown>;
  connections: number;
  duration: number;
}

const round = (n: number, digits = 0) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : NaN);

/** Prints the table and writes bench/results/<timestamp>.{json,md}; returns the file names. */
export function writeReport(report: Report): string[] {
  const rateOf = (name: string | undefined) => report.results.find((r) => r.name === name)?.requestsPerSecond ?? NaN;
  const rows = report.results.map((r) => ({ ...r, vsCeiling: r.ceiling ? round(r.requestsPerSecond / rateOf(r.ceiling), 2) : null }));
  const header = "| scenario | tool | req/s | p50 ms | p99 ms | errors | peak RSS MB | KB/s | read against (same run) | × it |";
  const lines = [
    header,
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.tool ?? "autocannon"} | ${round(r.requestsPerSecond)} | ${round(r.p50Ms, 1)} | ${round(r.p99Ms, 1)} | ${r.errors} | ${r.peakRssMb || "—"} | ${round(r.bytesPerSecond / 1024)} | ${r.ceiling ?? "—"} | ${r.vsCeiling ?? "—"} |`,
    ),
    ...Object.entries(report.database).map(([name, db]) => `| pgbench: ${name} SQL (10 clients) | pgbench | ${round(db.tps)} tps | avg ${db.latencyMs} | — | ${db.failed} | — | — | — | — |`),
  ];
  const booking = [
    ...(report.booking ? bookingLines(report.booking) : []),
    ...(report.dosing ? doseLines(report.dosing) : []),
    ...(report.certificates ? certificateLines(report.certificates) : []),
  ];
  const when = new Date().toISOString();
  const md = [
    `# Vaxport benchmark, ${when}`,
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}.`,
    `Load: ${report.connections} connections, ${report.duration} s per scenario after a warm-up; wrk (a Lua script draws random paths) for the public API, autocannon for the rest; random districts / pins / dates of the week.`,
    `Dataset: ${JSON.stringify(report.scale)}`,
    "",
    ...lines,
    "",
    ...booking,
  ].join("\n");
  console.log(`\n${lines.join("\n")}\n\n${booking.join("\n")}`);
  const dir = path.join("bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const stamp = when.replace(/[:.]/g, "-");
  const json = path.join(dir, `${stamp}.json`);
  const mdFile = path.join(dir, `${stamp}.md`);
  fs.writeFileSync(json, JSON.stringify({ when, ...report, rows }, null, 2));
  fs.writeFileSync(mdFile, md);
  return [json, mdFile];
}

const percent = (share: number) => `${round(share * 100, 1)} %`;

function bookingLines(b: BookingSummary): string[] {
  const { total, ...kinds } = b.violations;
  return [
    `Booking: ${b.attempts} attempts by ${b.citizens} virtual citizens (1–2 people each, one attempt each) over ${b.sessions} sessions of ${b.seatsPerSession} dose-1 seats, through bookAppointmentsAction as the booking page posts it.`,
    "",
    "| bookings (attempts answered) /s | booked /s | appointments /s | p50 ms | p99 ms | clear \"full\" | other answers | × one-insert route | violations |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${round(b.attemptsPerSecond)} | ${round(b.bookedPerSecond)} | ${round(b.appointmentsPerSecond)} | ${b.p50Ms} | ${b.p99Ms} | ${percent(b.fullShare)} | ${percent(b.otherShare)} | ${round(b.vsInsert, 2)} | ${total} |`,
    "",
    "Where a booking's time goes: the server's CPU per attempt answered (all its processes), and the same transaction called in-process without HTTP, session, rate limit or rendering (bench/booking-command.ts).",
    "",
    "| page path: server CPU ms / attempt | command alone: attempts /s | command alone: CPU ms / attempt | command alone: booked | clear \"full\" | other |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${round(b.serverCpuMsPerAttempt, 1)} | ${round(b.command.perSecond)} | ${round(b.command.cpuMsPerAttempt, 1)} | ${b.command.booked} | ${b.command.full} | ${b.command.other} |`,
    "",
    `Violations after the run (countViolations over every session the scenario used): ${total} (${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join(", ")}).`,
    "",
  ];
}

function doseLines(d: DoseSummary): string[] {
  const { total, ...kinds } = d.violations;
  return [
    `Dose marking: ${d.attempts} marks by ${d.vaccinators} vaccinators (one facility and session of today each, code and batch as the tablet sends them), through markDoseAction as the verify page posts it.`,
    "",
    "| doses marked /s | p50 ms | p99 ms | other answers | server CPU ms / mark | × one-insert route | violations |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${round(d.markedPerSecond)} | ${d.p50Ms} | ${d.p99Ms} | ${percent(d.otherShare)} | ${round(d.serverCpuMsPerMark, 1)} | ${round(d.vsInsert, 2)} | ${total} |`,
    "",
    `Violations after the run: ${total} (${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join(", ")}).`,
    "",
  ];
}

/** DIVOC's published load tests (a cluster): ~300 PDFs and ~500 JSON certificates a second; the aim here is half. */
const DIVOC = { pdfs: 300, certificates: 500 };

function certificateLines(c: CertificateSummary): string[] {
  const p = c.inProcess;
  const http = (r: ScenarioResult | undefined) => (r ? `${round(r.requestsPerSecond)} /s (p99 ${r.p99Ms} ms, ${r.errors} errors)` : "—");
  return [
    `Certificates: in this process on one core (HC1: DCC payload → CBOR → COSE ES256 → zlib → Base45; PDF: A4 with the QR and every dose), then over HTTP against the server.`,
    "",
    "| signed /s | verified /s | PDFs /s | QR text chars | PDF bytes | peak RSS MB | verify over HTTP | PDF over HTTP | × DIVOC (signed, PDFs) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${round(p.signedPerSecond)} | ${round(p.verifiedPerSecond)} | ${round(p.pdfsPerSecond)} | ${p.qrTextChars} | ${p.pdfBytes} | ${p.peakRssMb} | ${http(c.verify)} | ${http(c.pdf)} | ${round(p.signedPerSecond / DIVOC.certificates, 2)}, ${round((c.pdf?.requestsPerSecond ?? p.pdfsPerSecond) / DIVOC.pdfs, 2)} |`,
    "",
  ];
}
