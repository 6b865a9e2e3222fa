/**
 * The booking scenario: each attempt is one virtual citizen booking all their people into a random slot
 * of a random limited session, through the booking page's server action, as the browser posts it. Each
 * citizen books once; every answer is sorted into booked (the action redirects to the confirmation page),
 * a clear "full" (the catalogue's words for a session or slot just taken), or anything else.
 */
import { randomUUID } from "node:crypto";
import type { Options } from "autocannon";
import booking from "@/messages/en/booking.json";
import type { BookableSession, Citizen } from "./booking-world";
import { measuredLoad, type MeasuredLoad } from "./measured-load";
import { actionBody, actionContentType } from "./server-action";

export interface BookingCounts {
  attempts: number;
  booked: number;
  appointments: number;
  full: number;
  other: number;
  /** A few of the "other" answers, for the console: status and the start of the body. */
  otherSamples: string[];
}

export interface BookingResult extends MeasuredLoad {
  booking: BookingCounts;
}

export interface SignedInCitizen extends Citizen {
  cookie: string;
  /** The address a trusted proxy reports for this citizen: each one is its own rate-limit key. */
  ip: string;
}

interface BookingLoad {
  port: number;
  actionId: string;
  citizens: readonly SignedInCitizen[];
  sessions: readonly BookableSession[];
  amount: number;
  /** Stops early after this long, whatever is left of `amount`, so a slow machine still ends in time. */
  maxSeconds: number;
  connections: number;
  pgid: number;
}

const CONFIRMATION = "/account/appointments/confirmation";
const FULL_ANSWERS = [booking.failure.full, booking.failure.slotFull];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** Fresh addresses per run, so a rerun within a rate-limit window does not meet its own earlier hits. */
export function citizenAddress(run: number, index: number): string {
  return `10.${run % 256}.${Math.floor(index / 250) % 256}.${(index % 250) + 1}`;
}

/** Runs `amount` attempts by the next `amount` citizens (from `first`); returns the load's numbers and the sorted answers. */
export async function bookingLoad(load: BookingLoad, name: string, first = 0): Promise<BookingResult> {
  const counts: BookingCounts = { attempts: 0, booked: 0, appointments: 0, full: 0, other: 0, otherSamples: [] };
  let next = first;
  const origin = `http://127.0.0.1:${load.port}`;
  const options: Options = {
    url: origin,
    connections: load.connections,
    amount: load.amount,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const citizen = load.citizens[next++ % load.citizens.length]!;
          const session = pick(load.sessions);
          const fields: [string, string][] = [
            ["sessionId", session.sessionId],
            ["slotId", pick(session.slotIds)],
            ...citizen.beneficiaryIds.map((id): [string, string] => ["beneficiaryIds", id]),
            ["bookingKey", randomUUID()],
          ];
          return {
            ...request,
            path: `/account/book/${session.sessionId}`,
            headers: {
              accept: "text/x-component",
              "accept-language": "en",
              "content-type": actionContentType,
              cookie: citizen.cookie,
              "next-action": load.actionId,
              origin,
              "x-forwarded-for": citizen.ip,
            },
            body: actionBody({ ok: false }, fields),
          };
        },
        onResponse: (status, body, _context, headers) => {
          counts.attempts++;
          const redirect = String(headers?.["x-action-redirect"] ?? "");
          if (status === 200 && redirect.startsWith(CONFIRMATION)) {
            counts.booked++;
            counts.appointments += (new URL(redirect.split(";")[0]!, origin).searchParams.get("ids") ?? "").split(",").filter(Boolean).length;
          } else if (status === 200 && FULL_ANSWERS.some((words) => body.includes(words))) {
            counts.full++;
          } else {
            counts.other++;
            if (counts.otherSamples.length < 3) counts.otherSamples.push(`${status} ${redirect} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  };
  return { ...(await measuredLoad(name, options, load.pgid, load.maxSeconds)), booking: counts };
}
