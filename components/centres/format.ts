/** "09:00:00" → "09:00" */
export const hhmm = (time: string) => time.slice(0, 5);

/** ISO dates are calendar days: format them in UTC so no time zone moves them. */
export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const dayFormat = { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" } as const;
export const longDayFormat = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;
