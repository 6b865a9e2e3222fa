import { addDays, daysBetween } from "@/lib/time/dates";
import type { CentreSession, CentreWeek } from "./types";

export const WINDOW_DAYS = 7;

// ── Dates: the public API speaks DD-MM-YYYY, the database YYYY-MM-DD ─────────
const DMY = /^(\d{2})-(\d{2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "31-05-2021" → "2021-05-31"; null for anything that is not a real calendar date in that exact form. */
export function parseDmyDate(value: string): string | null {
  const match = DMY.exec(value);
  if (!match) return null;
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  return isRealDate(Number(yyyy), Number(mm), Number(dd)) ? `${yyyy}-${mm}-${dd}` : null;
}

/** "2021-05-31" → "31-05-2021". */
export function formatDmyDate(iso: string): string {
  const match = ISO.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** A calendar day in YYYY-MM-DD form that exists (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The seven days a calendar shows, from `first` inclusive: [first, last]. */
export function weekWindow(first: string): { from: string; to: string; days: string[] } {
  const days = Array.from({ length: WINDOW_DAYS }, (_, i) => addDays(first, i));
  return { from: days[0]!, to: days[WINDOW_DAYS - 1]!, days };
}

/**
 * Calendars of seven consecutive start dates share one read of a district: a span of 13 days holds every
 * one of their weeks. Spans start every seventh day counted from `today` (ISO), so today's calendar and the
 * six after it, which is what people ask for, come from one read.
 */
export const SPAN_DAYS = 2 * WINDOW_DAYS - 1;

export function spanStart(first: string, today: string): string {
  return addDays(today, WINDOW_DAYS * Math.floor(daysBetween(today, first) / WINDOW_DAYS));
}

/**
 * The days whose availability is worth caching: recent days and the booking horizon. Any real date is valid
 * input (the API accepts years up to 2999), but one far outside this window is answered without being kept,
 * so nobody can fill the cache with dates no one else asks for.
 */
export const CACHE_WINDOW = { daysBack: 7, daysAhead: 90 } as const;

/** Whether a window starting on `first` (ISO) lies within CACHE_WINDOW of `today` (ISO). */
export function withinCacheWindow(first: string, today: string): boolean {
  return first >= addDays(today, -CACHE_WINDOW.daysBack) && first <= addDays(today, CACHE_WINDOW.daysAhead);
}

// ── Capacity ──────────────────────────────────────────────────────────────────
export type DoseKind = "dose1" | "dose2" | "precaution";
export const doseKinds: readonly DoseKind[] = ["dose1", "dose2", "precaution"];

type Counters = Pick<
  CentreSession,
  "capacityDose1" | "capacityDose2" | "capacityPrecaution" | "bookedDose1" | "bookedDose2" | "bookedPrecaution"
>;

/** Seats still open for each kind of dose (never negative, even if counters were ever inconsistent). */
export function capacityLeft(session: Counters): Record<DoseKind, number> {
  return {
    dose1: Math.max(0, session.capacityDose1 - session.bookedDose1),
    dose2: Math.max(0, session.capacityDose2 - session.bookedDose2),
    precaution: Math.max(0, session.capacityPrecaution - session.bookedPrecaution),
  };
}

export function slotSeatsLeft(slot: { capacity: number; booked: number }): number {
  return Math.max(0, slot.capacity - slot.booked);
}

// ── Distance ──────────────────────────────────────────────────────────────────
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A lat/lng box that contains every point within `radiusKm` of the centre (for an index range scan). */
export function boundingBox(centre: { lat: number; lng: number }, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cosLat = Math.max(Math.cos(rad(centre.lat)), 1e-6);
  const dLng = Math.min(180, dLat / cosLat);
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLng: centre.lng - dLng, maxLng: centre.lng + dLng };
}

/** Nearest first; ties broken by id so the order is stable. */
export function byDistance<T extends { distanceKm?: number; centre: { id: number } }>(a: T, b: T): number {
  return (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.centre.id - b.centre.id;
}

// ── Filters ───────────────────────────────────────────────────────────────────
export interface SessionFilters {
  /** The person's age (or an age group's lower bound): the session must admit it. */
  age?: number;
  vaccine?: string;
  fee?: "free" | "paid";
  dose?: DoseKind;
  /** Only sessions with seats left (for `dose` when given, otherwise for any dose). */
  available?: boolean;
}

export function sessionMatches(session: CentreSession, filters: SessionFilters): boolean {
  const { age, vaccine, fee, dose, available } = filters;
  if (age !== undefined && (session.minAge > age || (session.maxAge !== null && session.maxAge < age))) return false;
  if (vaccine && session.vaccineCode !== vaccine) return false;
  if (fee === "free" && session.fee > 0) return false;
  if (fee === "paid" && session.fee === 0) return false;
  const left = capacityLeft(session);
  if (dose) {
    const offered = { dose1: session.capacityDose1, dose2: session.capacityDose2, precaution: session.capacityPrecaution }[dose];
    if (offered <= 0) return false;
    if (available && left[dose] <= 0) return false;
  } else if (available && left.dose1 + left.dose2 + left.precaution <= 0) {
    return false;
  }
  return true;
}

/** Keeps matching sessions; a centre with none left drops out. */
export function filterCentres(weeks: readonly CentreWeek[], filters: SessionFilters): CentreWeek[] {
  return weeks.flatMap((week) => {
    const sessions = week.sessions.filter((s) => sessionMatches(s, filters));
    return sessions.length > 0 ? [{ ...week, sessions }] : [];
  });
}

/** Age groups a filter offers: one per distinct session minimum age, e.g. 12 → "12–14", 45 → "45+". */
export function ageGroups(minAges: readonly number[]): { from: number; to: number | null }[] {
  const sorted = [...new Set(minAges)].sort((a, b) => a - b);
  return sorted.map((from, i) => ({ from, to: i + 1 < sorted.length ? sorted[i + 1]! - 1 : null }));
}
