import { describe, expect, it } from "vitest";
import { cowinPincode, cowinSlot, toCalendarCenters, toFlatSessions, toNearbyCenters, twelveHour } from "./cowin-shape";
import type { Centre, CentreSession } from "./types";

const centre: Centre = {
  id: 7,
  name: "UPHC Test",
  address: "1 Main Road",
  block: "East",
  stateId: 16,
  stateName: "Karnataka",
  stateNameLocal: "कर्नाटक",
  districtId: 294,
  districtName: "BBMP",
  districtNameLocal: null,
  postalCode: "560001",
  lat: 12.97,
  lng: 77.59,
  feeType: "paid",
  opensAt: "09:00:00",
  closesAt: "17:00:00",
  fees: [{ vaccineCode: "COVISHIELD", fee: 780 }],
};

const session: CentreSession = {
  id: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  facilityId: 7,
  date: "2026-12-05",
  vaccineCode: "COVISHIELD",
  minAge: 18,
  maxAge: 44,
  capacityDose1: 50,
  capacityDose2: 30,
  capacityPrecaution: 10,
  bookedDose1: 10,
  bookedDose2: 30,
  bookedPrecaution: 4,
  fee: 780,
  slots: [{ startsAt: "12:00:00", endsAt: "13:30:00", capacity: 20, booked: 25 }],
};

describe("CoWIN field formats", () => {
  it.each([
    ["00:00:00", "12:00AM"],
    ["09:00:00", "09:00AM"],
    ["12:00:00", "12:00PM"],
    ["13:30:00", "01:30PM"],
    ["23:59:00", "11:59PM"],
  ])("%s is %s", (time, text) => expect(twelveHour(time)).toBe(text));

  it("slots carry their window and the seats left (never negative)", () => {
    expect(cowinSlot(session.slots[0]!)).toEqual({ time: "12:00PM-01:30PM", seats: 0 });
  });

  it("pincodes are numbers unless a number would change them", () => {
    expect(cowinPincode("560001")).toBe(560001);
    expect(cowinPincode("00100")).toBe("00100");
    expect(cowinPincode("SW1A1AA")).toBe("SW1A1AA");
  });
});

describe("calendar shape", () => {
  it("has CoWIN's fields, types and date format", () => {
    const [center] = toCalendarCenters([{ centre, sessions: [session] }]).centers;
    expect(center).toEqual({
      center_id: 7,
      name: "UPHC Test",
      address: "1 Main Road",
      state_name: "Karnataka",
      district_name: "BBMP",
      block_name: "East",
      pincode: 560001,
      lat: 12.97,
      long: 77.59,
      from: "09:00:00",
      to: "17:00:00",
      fee_type: "Paid",
      vaccine_fees: [{ vaccine: "COVISHIELD", fee: "780" }],
      sessions: [
        {
          session_id: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          date: "05-12-2026",
          available_capacity: 40,
          available_capacity_dose1: 40,
          available_capacity_dose2: 0,
          available_capacity_precaution: 6,
          min_age_limit: 18,
          max_age_limit: 44,
          allow_all_age: false,
          vaccine: "COVISHIELD",
          slots: [{ time: "12:00PM-01:30PM", seats: 0 }],
        },
      ],
    });
  });

  it("free centres have no vaccine_fees and sessions without a maximum age no max_age_limit", () => {
    const [center] = toCalendarCenters([{ centre: { ...centre, feeType: "free", fees: [] }, sessions: [{ ...session, maxAge: null }] }]).centers;
    expect(center).not.toHaveProperty("vaccine_fees");
    expect(center!.fee_type).toBe("Free");
    expect(center!.sessions[0]).not.toHaveProperty("max_age_limit");
    expect(center!.sessions[0]!.allow_all_age).toBe(true);
  });
});

describe("flat sessions shape", () => {
  it("repeats the centre's fields on each session, with the fee as a string", () => {
    const { sessions } = toFlatSessions([{ centre, sessions: [session, { ...session, id: "other" }] }]);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ center_id: 7, pincode: 560001, fee: "780", fee_type: "Paid", date: "05-12-2026", available_capacity: 40 });
    expect(Object.keys(sessions[0]!)).toEqual(expect.arrayContaining(["center_id", "name", "address", "state_name", "district_name", "block_name", "pincode", "from", "to", "lat", "long", "fee_type", "session_id", "date", "available_capacity", "available_capacity_dose1", "available_capacity_dose2", "fee", "min_age_limit", "vaccine", "slots"]));
  });
});

describe("nearby centres", () => {
  it("adds the distance in km, rounded to 10 m", () => {
    expect(toNearbyCenters([{ centre, sessions: [], distanceKm: 1.23456 }]).centers[0]).toMatchObject({ center_id: 7, distance_km: 1.23 });
  });
});
