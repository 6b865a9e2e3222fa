import autocannon, { type Options, type Result } from "autocannon";
import { groupCpuMs, sampleRss } from "./process-memory";
import type { ScenarioResult } from "./report";

export interface MeasuredLoad extends ScenarioResult {
  seconds: number;
  /** The server's CPU time (all its processes and threads) while the load ran. */
  serverCpuMs: number;
}

/**
 * Runs one autocannon load of a fixed amount against the server whose process group is `pgid`, stopping
 * early after `maxSeconds`; returns its figures with the server's peak memory and CPU time meanwhile.
 * A slow answer is still an answer: it counts in the latency rather than as an error at 10 s.
 */
export async function measuredLoad(name: string, options: Options, pgid: number, maxSeconds: number): Promise<MeasuredLoad> {
  const memory = sampleRss(pgid);
  const cpuBefore = groupCpuMs(pgid);
  let timer: NodeJS.Timeout | undefined;
  const result = await new Promise<Result>((resolve, reject) => {
    const running = autocannon({ timeout: 60, ...options }, (error, done) => (error ? reject(error) : resolve(done)));
    timer = setTimeout(() => running.stop(), maxSeconds * 1000);
  }).finally(() => clearTimeout(timer));
  const peakRss = memory.stop();
  return {
    name,
    requestsPerSecond: result.requests.total / (result.duration || 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    bytesPerSecond: result.throughput.average,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    seconds: result.duration,
    serverCpuMs: groupCpuMs(pgid) - cpuBefore,
  };
}
