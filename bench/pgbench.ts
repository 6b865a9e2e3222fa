import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PgbenchResult {
  tps: number;
  latencyMs: number;
  failed: number;
}

/** Runs one custom pgbench script for `seconds` with `clients` connections; refuses non-local servers. */
export function pgbench(url: string, script: string, seconds: number, clients: number, protocol: "simple" | "prepared" = "simple"): PgbenchResult {
  const target = new URL(url);
  if (!["127.0.0.1", "localhost", "::1"].includes(target.hostname)) throw new Error(`Refusing to pgbench a non-local server: ${target.hostname}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vaxport-pgbench-")), "script.sql");
  fs.writeFileSync(file, script);
  const args = ["-n", "-M", protocol, "-T", String(seconds), "-c", String(clients), "-j", "2", "-f", file,
    "-h", target.hostname, "-p", target.port || "5432", "-U", decodeURIComponent(target.username || "postgres"), target.pathname.slice(1)];
  const run = spawnSync("pgbench", args, { encoding: "utf8", env: { ...process.env, PGPASSWORD: decodeURIComponent(target.password) }, timeout: (seconds + 60) * 1000 });
  if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
  const tps = Number(/tps = ([0-9.]+)/.exec(run.stdout)?.[1] ?? NaN);
  const latencyMs = Number(/latency average = ([0-9.]+) ms/.exec(run.stdout)?.[1] ?? NaN);
  const failed = Number(/number of failed transactions: ([0-9]+)/.exec(run.stdout)?.[1] ?? 0);
  return { tps, latencyMs, failed };
}
