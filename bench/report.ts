import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
}

interface Report {
  results: ScenarioResult[];
  database: Record<string, PgbenchResult>;
  scale: Record<string, unknown>;
  connections: number;
  duration: number;
}

const round = (n: number, digits = 0) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : NaN);

/** Prints the table and writes bench/results/<timestamp>.{json,md}; returns the file names. */
export function writeReport(report: Report): string[] {
  const ceiling = report.results[0]?.requestsPerSecond ?? NaN;
  const rows = report.results.map((r) => {
    const db = Object.entries(report.database).find(([name]) => r.name.startsWith(name))?.[1];
    return {
      ...r,
      vsNoDatabase: round(r.requestsPerSecond / ceiling, 2),
      vsPgbench: db ? round(r.requestsPerSecond / db.tps, 2) : null,
    };
  });
  const header = "| scenario | req/s | p50 ms | p99 ms | errors | peak RSS MB | KB/s | × no-DB route | × pgbench |";
  const lines = [
    header,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) =>
      `| ${r.name} | ${round(r.requestsPerSecond)} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.peakRssMb} | ${round(r.bytesPerSecond / 1024)} | ${r.vsNoDatabase} | ${r.vsPgbench ?? "—"} |`,
    ),
    ...Object.entries(report.database).map(
      ([name, db]) => `| pgbench: ${name} SQL (10 clients) | ${round(db.tps)} tps | avg ${db.latencyMs} | — | ${db.failed} | — | — | ${round(db.tps / ceiling, 2)} | 1 |`,
    ),
  ];
  const when = new Date().toISOString();
  const md = [
    `# Vaxport benchmark, ${when}`,
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}.`,
    `Load: autocannon, ${report.connections} connections, ${report.duration} s per scenario after a 5 s warm-up, random districts / pins / dates of the week, \`accept-encoding: gzip\`.`,
    `Dataset: ${JSON.stringify(report.scale)}`,
    "",
    ...lines,
    "",
  ].join("\n");
  console.log(`\n${lines.join("\n")}\n`);
  const dir = path.join("bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const stamp = when.replace(/[:.]/g, "-");
  const json = path.join(dir, `${stamp}.json`);
  const mdFile = path.join(dir, `${stamp}.md`);
  fs.writeFileSync(json, JSON.stringify({ when, ...report, rows }, null, 2));
  fs.writeFileSync(mdFile, md);
  return [json, mdFile];
}
