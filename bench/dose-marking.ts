/**
 * The dose-marking scenario: vaccinators at many facilities mark their session's people at once, each
 * attempt posted to the verify page's server action (markDoseAction) as the tablet posts it, with the
 * code the citizen shows, the facility's batch and a fresh idempotency key. A mark is done when the action
 * redirects back to the queue with the person marked vaccinated.
 */
import { randomUUID } from "node:crypto";
import autocannon, { type Options, type Result } from "autocannon";
import { BENCH_SECURITY_CODE, type MarkJob } from "./dose-world";
import { groupCpuMs, sampleRss } from "./process-memory";
import type { ScenarioResult } from "./report";
import { actionBody, actionContentType } from "./server-action";

export interface DoseCounts {
  attempts: number;
  marked: number;
  other: number;
  otherSamples: string[];
}

export interface DoseResult extends ScenarioResult {
  doses: DoseCounts;
  seconds: number;
  serverCpuMs: number;
}

interface DoseLoad {
  port: number;
  actionId: string;
  jobs: readonly MarkJob[];
  /** The session cookie of each job's vaccinator. */
  cookieOf: (job: MarkJob) => string;
  connections: number;
  maxSeconds: number;
  pgid: number;
}

export async function doseLoad(load: DoseLoad, name: string): Promise<DoseResult> {
  const counts: DoseCounts = { attempts: 0, marked: 0, other: 0, otherSamples: [] };
  const origin = `http://127.0.0.1:${load.port}`;
  let next = 0;
  const memory = sampleRss(load.pgid);
  const cpuBefore = groupCpuMs(load.pgid);
  let timer: NodeJS.Timeout | undefined;
  const options: Options = {
    url: origin,
    connections: load.connections,
    // A slow answer is still an answer: count it in the latency rather than drop it as an error at 10 s.
    timeout: 60,
    amount: load.jobs.length,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const job = load.jobs[next++ % load.jobs.length]!;
          const fields: [string, string][] = [
            ["sessionId", job.sessionId],
            ["appointmentId", job.appointmentId],
            ["codeRequired", "1"],
            ["securityCode", BENCH_SECURITY_CODE],
            ["batchId", job.batchId],
            ["idempotencyKey", randomUUID()],
          ];
          return {
            ...request,
            path: `/staff/vaccinate/${job.sessionId}/${job.appointmentId}`,
            headers: {
              accept: "text/x-component",
              "accept-language": "en",
              "content-type": actionContentType,
              cookie: load.cookieOf(job),
              "next-action": load.actionId,
              origin,
            },
            body: actionBody({ ok: false }, fields),
          };
        },
        onResponse: (status, body, _context, headers) => {
          counts.attempts++;
          const redirect = String(headers?.["x-action-redirect"] ?? "");
          if (status === 200 && redirect.includes("?vaccinated=")) counts.marked++;
          else {
            counts.other++;
            if (counts.otherSamples.length < 3) counts.otherSamples.push(`${status} ${redirect} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  };
  const result = await new Promise<Result>((resolve, reject) => {
    const running = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    timer = setTimeout(() => running.stop(), load.maxSeconds * 1000);
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
    doses: counts,
    seconds: result.duration,
    serverCpuMs: groupCpuMs(load.pgid) - cpuBefore,
  };
}
