import { dateTimeFormat } from "@/lib/time/formatters";

/**
 * A certificate's date in the reader's language: a calendar day ("2026-03-14") as that day wherever the
 * reader is, an instant in the country's time zone. Text that is neither is shown as it came.
 */
export function formatCertificateDate(value: string, locale: string, timeZone: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = new Date(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(at.getTime())) return value;
  return dateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { day: "numeric", month: "long", year: "numeric", timeZone: day ? "UTC" : timeZone }).format(at);
}
