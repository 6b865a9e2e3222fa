import { dateTimeFormat } from "@/lib/time/formatters";

/** An instant as a day and a time in the country's time zone, written as the other dates of the staff pages ("30 November 2026 at 8:28 am"). */
export function formatInstant(at: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone }).format(at);
}
