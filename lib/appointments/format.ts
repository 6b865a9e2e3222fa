import { dateTimeFormat } from "@/lib/time/formatters";

/** "2026-12-01" → "1 December 2026" (or "1 दिसंबर 2026"): a calendar day, so no time zone shifts it. */
export function formatDay(isoDate: string, locale: string): string {
  return dateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "09:00:00"–"11:00:00" → "09:00–11:00". */
export function formatSlot(startsAt: string | null, endsAt: string | null): string {
  return startsAt && endsAt ? `${startsAt.slice(0, 5)}–${endsAt.slice(0, 5)}` : "";
}
