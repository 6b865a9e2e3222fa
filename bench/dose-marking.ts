/**
 * The dose-marking scenario: vaccinators at many facilities mark their session's people at once, each
 * attempt posted to the verify page's server action (markDoseAction) as the tablet posts it, with the
 * code the citizen shows, the facility's batch and a fresh idempotency key. A mark is done when the action
 * redirects back to the queue with the person marked vaccinated.
 */
import { randomUUID } from "node:crypto";
import type { Options } from "autocannon";
import { BENCH_SECURITY_CODE, type MarkJob } from "./dose-world";
import { measuredLoad, type MeasuredLoad } from "./measured-load";
import { actionBody, actionContentType } from "./server-action";

export interface DoseCounts {
  attempts: number;
  marked: number;
  other: number;
  otherSamples: string[];
}

export interface DoseResult extends MeasuredLoad {
  doses: DoseCounts;
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
  const options: Options = {
    url: origin,
    connections: load.connections,
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
  return { ...(await measuredLoad(name, options, load.pgid, load.maxSeconds)), doses: counts };
}
