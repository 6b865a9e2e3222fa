import type { AppointmentRules, CountryPack } from "@/lib/country/types";
import { isoDateIn } from "@/lib/time/dates";
import type { ChangeRefusal } from "./change-rules";
import type { Refusal } from "./refusals";
import type { CapacityKind } from "./rules";

export type { CitizenContext } from "@/lib/beneficiaries/commands";

/** What the commands need from the country pack. */
export interface BookingPolicy extends AppointmentRules {
  timeZone: string;
}

export function bookingPolicy(pack: CountryPack): BookingPolicy {
  return { ...pack.appointments, timeZone: pack.timeZone };
}

/** Commands take the clock as input, so tests can book "tomorrow" and reschedule "after the start". */
export interface CommandOptions {
  policy: BookingPolicy;
  now?: Date;
}

export function clockOf(options: CommandOptions): { now: Date; today: string } {
  const now = options.now ?? new Date();
  return { now, today: isoDateIn(options.policy.timeZone, now) };
}

/** Seats per counter of a session. */
export type SeatCounts = Record<CapacityKind, number>;

export const noSeats = (): SeatCounts => ({ dose1: 0, dose2: 0, precaution: 0 });

/** One appointment as a command returns it; `queries.ts` has the full view with centre and times. */
export interface BookedAppointment {
  id: string;
  beneficiaryId: string;
  sessionId: string;
  slotId: string | null;
  doseNumber: number;
  status: "booked" | "cancelled" | "completed" | "no_show";
  confirmationNumber: string;
  securityCode: string;
  rescheduleCount: number;
}

/** Another account's id answers exactly like an id that does not exist. */
export type NotFound = { ok: false; reason: "notFound"; what: "session" | "slot" | "beneficiary" | "appointment" };

/** No seat left: the UI offers `alternativesFor(…, { sessionId, seats })`. */
export type NoSeat = { ok: false; reason: "full" | "slotFull"; sessionId: string; seats: SeatCounts };

export type SessionUnavailable = { ok: false; reason: "sessionUnavailable"; refusal: Refusal } | { ok: false; reason: "slotEnded" };

export type BookResult =
  | { ok: true; replayed: boolean; appointments: BookedAppointment[]; districtIds: number[] }
  | NotFound
  | NoSeat
  | SessionUnavailable
  | { ok: false; reason: "tooManyPeople"; max: number }
  | { ok: false; reason: "ineligible"; people: { beneficiaryId: string; refusal: Refusal }[] };

export type RescheduleResult =
  | { ok: true; changed: boolean; appointment: BookedAppointment; districtIds: number[] }
  | NotFound
  | NoSeat
  | SessionUnavailable
  | { ok: false; reason: "cannotChange"; refusal: ChangeRefusal }
  | { ok: false; reason: "ineligible"; refusal: Refusal };

export type CancelResult =
  | { ok: true; alreadyCancelled: boolean; appointment: BookedAppointment; districtIds: number[] }
  | NotFound
  | { ok: false; reason: "cannotChange"; refusal: ChangeRefusal };
