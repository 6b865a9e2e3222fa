import { slotEnded } from "@/lib/appointments/change-rules";

// When the end-of-day actions open, as the page says it; the commands decide again. Pure, unit-tested.

export interface SlotTimes {
  startsAt: string;
  endsAt: string;
}

/** The session's last slot end ("HH:MM:SS"), or null for a session without slot times. */
export function lastSlotEnd(slots: readonly SlotTimes[]): string | null {
  return slots.reduce<string | null>((latest, slot) => (latest === null || slot.endsAt > latest ? slot.endsAt : latest), null);
}

/**
 * From when one person may be marked a no-show: the end of their slot; without a slot (a walk-in), the end
 * of the session's last slot; null when the session has no slot times at all (any time that day).
 */
export function noShowFrom(slotEndsAt: string | null, sessionLastSlotEnd: string | null): string | null {
  return slotEndsAt ?? sessionLastSlotEnd;
}

/** Whether a wall-clock time of the session's day has passed (a null time has: nothing to wait for). */
export function hasPassed(date: string, time: string | null, now: Date, timeZone: string): boolean {
  return time === null || slotEnded(date, time, now, timeZone);
}
