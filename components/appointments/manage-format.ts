import { getFormatter } from "next-intl/server";

/** Session dates are calendar days and slot times wall-clock times: format them as such, not as instants. */
export async function appointmentFormat() {
  const format = await getFormatter();
  return {
    day: (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    time: (hms: string) => format.dateTime(new Date(`1970-01-01T${hms}Z`), { hour: "numeric", minute: "2-digit", timeZone: "UTC" }),
  };
}
