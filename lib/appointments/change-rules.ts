import { zonedInstant } from "@/lib/time/zoned";

// When an appointment may still be moved or cancelled. Pure: the family page shows the same answer the
// commands enforce.

export type AppointmentStatus = "booked" | "cancelled" | "completed" | "no_show";

export type ChangeRefusal =
  | { reason: "notActive"; status: Exclude<AppointmentStatus, "booked"> }
  | { reason: "started" }
  | { reason: "rescheduleLimit"; limit: number };

export interface AppointmentTiming {
  /** The session's date, "YYYY-MM-DD". */
  date: string;
  /** The slot's start, "HH:MM:SS"; without a slot, the facility's opening time. */
  startsAt: string;
}

/** When the appointment begins, as an instant: the wall-clock time in the country's time zone. */
export function appointmentStart(timing: AppointmentTiming, timeZone: string): Date {
  return zonedInstant(timing.date, timing.startsAt, timeZone);
}

/** A slot can be booked until it ends: someone at the centre may still take a seat in it. */
export function slotEnded(date: string, endsAt: string, now: Date, timeZone: string): boolean {
  return zonedInstant(date, endsAt, timeZone).getTime() <= now.getTime();
}

export interface ChangeableAppointment extends AppointmentTiming {
  status: AppointmentStatus;
  rescheduleCount: number;
}

/** Cancelling is allowed for a booked appointment until its slot (or session) starts. */
export function cancelRefusal(appointment: ChangeableAppointment, now: Date, timeZone: string): ChangeRefusal | null {
  if (appointment.status !== "booked") return { reason: "notActive", status: appointment.status };
  if (appointmentStart(appointment, timeZone).getTime() <= now.getTime()) return { reason: "started" };
  return null;
}

/** Rescheduling also stops at the country pack's limit of moves per appointment. */
export function rescheduleRefusal(appointment: ChangeableAppointment, now: Date, timeZone: string, limit: number): ChangeRefusal | null {
  const refusal = cancelRefusal(appointment, now, timeZone);
  if (refusal) return refusal;
  if (appointment.rescheduleCount >= limit) return { reason: "rescheduleLimit", limit };
  return null;
}
