import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ScenarioResult } from "./report";
import { sampleRss } from "./process-memory";

/*
 * wrk drives the large-body scenarios: autocannon tops out near 850 req/s on 270 KB answers here (it, not the
 * server, is the limit there). A small Lua script picks each request's path at random from a list.
 */

const PICK_PATH = `
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
`;

export interface WrkOptions {
  connections: number;
  seconds: number;
  /** Process group whose memory is sampled during the run (the server under test), if any. */
  pgid?: number;
}

function parseDurationMs(text: string): number {
  const [, value, unit] = /([0-9.]+)(us|ms|s|m)/.exec(text) ?? [];
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit as "us" | "ms" | "s" | "m"] ?? NaN;
  return Number(value) * factor;
}

/** wrk's report, run without blocking this process (its memory sampler keeps ticking). */
function runWrk(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk failed (${code}): ${err || out}`))));
  });
}

/** Runs wrk against `base` with paths drawn from `paths`: a warm-up, then the measured run. */
export async function wrk(name: string, base: string, paths: readonly string[], options: WrkOptions, warmupSeconds = 3): Promise<ScenarioResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vaxport-wrk-"));
  const script = path.join(directory, "pick.lua");
  const list = path.join(directory, "paths.txt");
  fs.writeFileSync(script, PICK_PATH);
  fs.writeFileSync(list, `${paths.join("\n")}\n`);
  const run = (seconds: number) => {
    const threads = String(Math.min(2, options.connections));
    return runWrk(["-t", threads, "-c", String(options.connections), "-d", `${seconds}s`, "--latency", "--timeout", "10s", "-s", script, base], { ...process.env, WRK_PATHS: list });
  };
  console.error(`bench: ${name}: wrk, warm-up ${warmupSeconds}s, then ${options.seconds}s at ${options.connections} connections`);
  if (warmupSeconds > 0) await run(warmupSeconds);
  const memory = options.pgid ? sampleRss(options.pgid) : undefined;
  const out = await run(options.seconds);
  const peakRss = memory?.stop() ?? 0;
  fs.rmSync(directory, { recursive: true, force: true });
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const bytes = /Transfer\/sec:\s+([0-9.]+)(B|KB|MB|GB)/.exec(out);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(bytes?.[2] ?? "B") as "B"];
  return {
    name,
    tool: "wrk",
    requestsPerSecond: Number(/Requests\/sec:\s+([0-9.]+)/.exec(out)?.[1] ?? NaN),
    p50Ms: parseDurationMs(/ 50%\s+(\S+)/.exec(out)?.[1] ?? ""),
    p99Ms: parseDurationMs(/ 99%\s+(\S+)/.exec(out)?.[1] ?? ""),
    errors: non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
    requests,
    bytesPerSecond: Number(bytes?.[1] ?? 0) * unit,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
}
