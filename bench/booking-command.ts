/**
 * The booking transaction alone: `bookAppointments` called in the bench's own process, `concurrency` at a
 * time over a pool the app's size, with no HTTP, session decoding, rate limit or rendering. Set beside the
 * page's figure, it shows how much of a booking's cost is the transaction and how much the web framework.
 */
import { randomUUID } from "node:crypto";
import { openDatabase } from "@/db/client";
import { bookAppointments } from "@/lib/appointments/commands";
import type { BookingPolicy } from "@/lib/appointments/types";
import type { BookableSession, Citizen } from "./booking-world";

export interface CommandResult {
  attempts: number;
  booked: number;
  full: number;
  other: number;
  perSecond: number;
  /** This process's CPU time per attempt (the driver and the command's own work). */
  cpuMsPerAttempt: number;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

export async function commandLoad(url: string, citizens: readonly Citizen[], sessions: readonly BookableSession[], policy: BookingPolicy, concurrency: number): Promise<CommandResult> {
  const { db, close } = await openDatabase({ url, poolMax: 10 });
  const counts = { attempts: 0, booked: 0, full: 0, other: 0 };
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < citizens.length) {
          const citizen = citizens[next++]!;
          const session = pick(sessions);
          const request = { sessionId: session.sessionId, slotId: pick(session.slotIds), beneficiaryIds: citizen.beneficiaryIds, bookingKey: randomUUID() };
          const result = await bookAppointments(db, { accountId: citizen.accountId, ip: null }, request, { policy });
          counts.attempts++;
          if (result.ok) counts.booked++;
          else if (result.reason === "full" || result.reason === "slotFull") counts.full++;
          else counts.other++;
        }
      }),
    );
  } finally {
    await close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { ...counts, perSecond: counts.attempts / seconds, cpuMsPerAttempt: (used.user + used.system) / 1000 / counts.attempts };
}
