import { capacityLeft, formatDmyDate, slotSeatsLeft } from "./rules";
import type { Centre, CentreSession, CentreSlot, CentreWeek } from "./types";

/*
 * Field names and types follow responses of CoWIN's public v2 API as captured by slot-finder projects
 * (e.g. il3ven/cowin-telegram src/interfaces.ts, vijaysaayi/Vaccine-Slot-Finder GetAvailableSlotsResponse.cs,
 * and a Sangli calendarByDistrict sample from April 2022 pasted into a Python notifier):
 *   center_id number · pincode number · lat/long numbers · from/to "HH:MM:SS" · fee_type "Free" | "Paid"
 *   session_id uuid string · date "DD-MM-YYYY" · fee a string ("0", "780") · min_age_limit number
 *   max_age_limit number (only when the session has one) · allow_all_age boolean
 *   vaccine_fees [{vaccine, fee: string}] on paid centres only (free centres had no such key).
 * `slots`: CoWIN first served strings ("09:00AM-11:00AM") and from late 2021 objects {time, seats}. We serve the
 * newer objects: they carry seats per slot, and they are what CoWIN itself served last.
 * Additive (CoWIN never had them): available_capacity_precaution, and distance_km from findByLatLong.
 * available_capacity stays dose 1 + dose 2, as in 2021, so old clients' sums still hold.
 */

/** Sessions open to every adult age (CoWIN's allow_all_age); 18 is the adult age for this flag. */
const ADULT_AGE = 18;

export interface CowinSlot {
  time: string;
  seats: number;
}

/** "09:00:00" → "09:00AM", "13:00:00" → "01:00PM". */
export function twelveHour(time: string): string {
  const [h = "0", m = "00"] = time.split(":");
  const hour = Number(h);
  const suffix = hour >= 12 ? "PM" : "AM";
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${String(h12).padStart(2, "0")}:${m}${suffix}`;
}

export function cowinSlot(slot: CentreSlot): CowinSlot {
  return { time: `${twelveHour(slot.startsAt)}-${twelveHour(slot.endsAt)}`, seats: slotSeatsLeft(slot) };
}

/** CoWIN's pincode was a number; a code that a number would change (leading zero, letters) stays a string. */
export function cowinPincode(code: string): number | string {
  return /^[1-9][0-9]{0,14}$/.test(code) ? Number(code) : code;
}

function centreFields(centre: Centre) {
  return {
    center_id: centre.id,
    name: centre.name,
    address: centre.address,
    state_name: centre.stateName,
    district_name: centre.districtName,
    block_name: centre.block,
    pincode: cowinPincode(centre.postalCode),
    lat: centre.lat,
    long: centre.lng,
    from: centre.opensAt,
    to: centre.closesAt,
    fee_type: centre.feeType === "paid" ? "Paid" : "Free",
  };
}

/**
 * A session as the answers list it. Migration 0008's trigger writes the same object as text into each session
 * row (`calendar_json`, what district calendars are joined from): a change here needs a migration there, and
 * lib/centres/calendar-json.db.test.ts fails until the two agree.
 */
function sessionFields(session: CentreSession) {
  const left = capacityLeft(session);
  return {
    session_id: session.id,
    date: formatDmyDate(session.date),
    available_capacity: left.dose1 + left.dose2,
    available_capacity_dose1: left.dose1,
    available_capacity_dose2: left.dose2,
    available_capacity_precaution: left.precaution,
    min_age_limit: session.minAge,
    ...(session.maxAge !== null ? { max_age_limit: session.maxAge } : {}),
    allow_all_age: session.maxAge === null && session.minAge <= ADULT_AGE,
    vaccine: session.vaccineCode,
    slots: session.slots.map(cowinSlot),
  };
}

/** A calendar entry's centre fields: the centre's, then its fees (paid centres); its sessions follow. */
export function calendarCentreFields(centre: Centre) {
  return {
    ...centreFields(centre),
    ...(centre.feeType === "paid" ? { vaccine_fees: centre.fees.map((f) => ({ vaccine: f.vaccineCode, fee: String(f.fee) })) } : {}),
  };
}

export { sessionFields as calendarSessionFields };

/** calendarByPin / calendarByDistrict / calendarByCenter: one entry per centre, its sessions nested. */
export function toCalendarCenters(weeks: readonly CentreWeek[]) {
  return {
    centers: weeks.map(({ centre, sessions }) => ({ ...calendarCentreFields(centre), sessions: sessions.map(sessionFields) })),
  };
}

/** findByPin / findByDistrict: one flat entry per session of the day. */
export function toFlatSessions(weeks: readonly CentreWeek[]) {
  return {
    sessions: weeks.flatMap(({ centre, sessions }) =>
      sessions.map((session) => {
        const { session_id, date, ...rest } = sessionFields(session);
        return { ...centreFields(centre), session_id, date, fee: String(session.fee), ...rest };
      }),
    ),
  };
}

/** findByLatLong: centres nearest first, with their distance (an addition to CoWIN's fields). */
export function toNearbyCenters(weeks: readonly CentreWeek[]) {
  return {
    centers: weeks.map(({ centre, distanceKm }) => ({
      ...centreFields(centre),
      distance_km: Math.round((distanceKm ?? 0) * 100) / 100,
    })),
  };
}
