import "server-only";
import type { Db } from "@/db";
import type { CountryPack } from "@/lib/country/types";
import type { RateLimitStore } from "@/lib/rate-limit/types";
import { bookingAttemptWait } from "./attempt-limits";
import { cancelAppointment, type CancelRequest } from "./cancel";
import { bookAppointments, type BookRequest } from "./commands";
import { rescheduleAppointment, type RescheduleRequest } from "./reschedule";
import type { BookResult, CancelResult, CitizenContext, CommandOptions, RescheduleResult } from "./types";

// Booking, rescheduling and cancelling draw on one attempt budget per account and per client address (the
// pack's bookingAttempts): each attempt counts, refused or not, before its command runs. The actions call
// these, so the data-layer tests exercise the same gate.

/** Over the limit: nothing was read or changed. */
export type RateLimited = { ok: false; reason: "rateLimited"; minutes: number };

export interface LimitedOptions extends CommandOptions {
  attempts: CountryPack["bookingAttempts"];
  /** The shared counters; the app's own store unless given. */
  store?: RateLimitStore;
}

async function attempt<T>(context: CitizenContext, options: LimitedOptions, command: () => Promise<T>): Promise<T | RateLimited> {
  const wait = await bookingAttemptWait(options.attempts, context.accountId, context.ip ?? null, options.store, options.now);
  return wait ? { ok: false, reason: "rateLimited", minutes: wait.minutes } : command();
}

export function bookWithinLimits(db: Db, context: CitizenContext, request: BookRequest, options: LimitedOptions): Promise<BookResult | RateLimited> {
  return attempt(context, options, () => bookAppointments(db, context, request, options));
}

export function rescheduleWithinLimits(db: Db, context: CitizenContext, request: RescheduleRequest, options: LimitedOptions): Promise<RescheduleResult | RateLimited> {
  return attempt(context, options, () => rescheduleAppointment(db, context, request, options));
}

export function cancelWithinLimits(db: Db, context: CitizenContext, request: CancelRequest, options: LimitedOptions): Promise<CancelResult | RateLimited> {
  return attempt(context, options, () => cancelAppointment(db, context, request, options));
}
