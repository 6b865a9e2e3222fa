/**
 * The dose-marking scenario end to end: its world (bench/dose-world.ts) made before the server starts, a
 * warm-up by a few vaccinators, the measured marks by the rest, and the dose invariants checked afterwards.
 */
import postgres from "postgres";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { doseLoad, type DoseResult } from "./dose-marking";
import { doseViolations, makeDoseWorld, type DoseViolations, type DoseWorld, type MarkJob } from "./dose-world";
import { serverActionId } from "./server-action";
import { staffSessionCookie } from "./session-cookie";

const WARMUP_VACCINATORS = 5;
const MEASURED_VACCINATORS = 50;
const PEOPLE_EACH = 30;
const MAX_SECONDS = 120;

export interface DosePlan {
  world: DoseWorld;
  cookies: Map<string, string>;
}

export interface DoseSummary {
  vaccinators: number;
  attempts: number;
  markedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  otherShare: number;
  vsInsert: number;
  serverCpuMsPerMark: number;
  violations: DoseViolations;
}

export async function prepareDoses(url: string, hashKey: string, authSecret: string): Promise<DosePlan> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const today = isoDateIn(getCountryPack().timeZone);
    console.error(`bench: doses: making ${WARMUP_VACCINATORS + MEASURED_VACCINATORS} vaccinators with ${PEOPLE_EACH} booked people each, today (${today})`);
    const world = await makeDoseWorld(sql, { vaccinators: WARMUP_VACCINATORS + MEASURED_VACCINATORS, appointmentsEach: PEOPLE_EACH, today, hashKey });
    const cookies = new Map<string, string>();
    for (const v of world.vaccinators) {
      const principal = { kind: "staff" as const, id: v.staffId, username: v.username, name: v.username, role: "vaccinator" as const, facilityId: v.facilityId, districtId: v.districtId, stateId: v.stateId };
      cookies.set(v.staffId, await staffSessionCookie(authSecret, principal));
    }
    return { world, cookies };
  } finally {
    await sql.end();
  }
}

export async function runDoses(plan: DosePlan, port: number, pgid: number, connections: number): Promise<DoseResult> {
  const actionId = serverActionId("lib/vaccination/actions.ts", "markDoseAction");
  const warmStaff = new Set(plan.world.vaccinators.slice(0, WARMUP_VACCINATORS).map((v) => v.staffId));
  const isWarm = (job: MarkJob) => warmStaff.has(job.vaccinator.staffId);
  const base = { port, actionId, cookieOf: (job: MarkJob) => plan.cookies.get(job.vaccinator.staffId)!, connections, pgid, maxSeconds: MAX_SECONDS };
  console.error(`bench: doses: warm-up by ${WARMUP_VACCINATORS} vaccinators, then ${MEASURED_VACCINATORS} at ${connections} connections`);
  const warm = await doseLoad({ ...base, jobs: plan.world.jobs.filter(isWarm) }, "dose marking warm-up");
  if (warm.doses.marked === 0) throw new Error(`bench: no warm-up mark succeeded; answers: ${warm.doses.otherSamples.join(" | ")}`);
  const measured = await doseLoad({ ...base, jobs: plan.world.jobs.filter((job) => !isWarm(job)) }, "dose marking (markDoseAction)");
  if (measured.doses.otherSamples.length > 0) console.error(`bench: doses: unexpected answers, e.g. ${measured.doses.otherSamples.join(" | ")}`);
  return measured;
}

export async function checkDoses(url: string, plan: DosePlan): Promise<DoseViolations> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await doseViolations(sql, plan.world.sessionIds);
  } finally {
    await sql.end();
  }
}

export function doseSummary(result: DoseResult, insertPerSecond: number, violations: DoseViolations): DoseSummary {
  const { doses, seconds } = result;
  return {
    vaccinators: MEASURED_VACCINATORS,
    attempts: doses.attempts,
    markedPerSecond: doses.marked / seconds,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    otherShare: doses.other / Math.max(1, doses.attempts),
    vsInsert: doses.attempts / seconds / insertPerSecond,
    serverCpuMsPerMark: result.serverCpuMs / Math.max(1, doses.attempts),
    violations,
  };
}
