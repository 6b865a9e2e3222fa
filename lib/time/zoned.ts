import { dateTimeFormat } from "./formatters";

/**
 * The instant a wall-clock date and time name in a time zone: "2026-12-01" "09:30:00" in Asia/Kolkata is
 * 04:00 UTC. Sessions store a calendar date and slot times, so "has it started?" needs this.
 */
export function zonedInstant(isoDate: string, time: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle on the offset in force at the instant itself (it may differ across a DST change).
  const first = wall - offsetMs(timeZone, new Date(wall));
  return new Date(wall - offsetMs(timeZone, new Date(first)));
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetMs(timeZone: string, at: Date): number {
  const format = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const parts = format.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - (at.getTime() - at.getUTCMilliseconds());
}
