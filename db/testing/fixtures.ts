import { randomInt, randomUUID } from "node:crypto";
import type { Db } from "../client";
import * as s from "../schema";

/** Small, unique-per-call records for data-layer tests; each returns what it inserted. */
let counter = 0;
const next = () => ++counter;

export async function createGeography(db: Db) {
  const n = next();
  const [state] = await db.insert(s.states).values({ id: 1000 + n, name: `Test State ${n}` }).returning();
  const [district] = await db.insert(s.districts).values({ id: 5000 + n, stateId: state!.id, name: `Test District ${n}` }).returning();
  const [postal] = await db
    .insert(s.postalCodes)
    .values({ code: String(900000 + n), districtId: district!.id, lat: 12.9, lng: 77.5 })
    .returning();
  return { state: state!, district: district!, postal: postal! };
}

export async function createVaccine(db: Db, overrides: Partial<s.NewVaccine> = {}) {
  const [vaccine] = await db
    .insert(s.vaccines)
    .values({
      code: `VAX${next()}`,
      name: "Testvax",
      manufacturer: "Test Labs",
      primaryDoses: 2,
      dose2MinDays: 28,
      dose2MaxDays: 42,
      precautionMinDays: 180,
      minAgeYears: 18,
      dccProphylaxis: "J07BX03",
      dccProduct: "Testvax",
      dccManufacturer: "ORG-0",
      ...overrides,
    })
    .returning();
  return vaccine!;
}

export async function createFacility(db: Db, geo: Awaited<ReturnType<typeof createGeography>>) {
  const [facility] = await db
    .insert(s.facilities)
    .values({
      name: `Test PHC ${next()}`,
      address: "1 Main Road",
      block: "Central",
      stateId: geo.state.id,
      districtId: geo.district.id,
      postalCode: geo.postal.code,
      lat: geo.postal.lat,
      lng: geo.postal.lng,
      type: "government",
      feeType: "free",
    })
    .returning();
  return facility!;
}

export async function createSession(db: Db, facility: s.Facility, vaccine: s.Vaccine, overrides: Partial<s.NewSession> = {}) {
  const [session] = await db
    .insert(s.sessions)
    .values({
      facilityId: facility.id,
      districtId: facility.districtId,
      date: "2026-12-01",
      vaccineCode: vaccine.code,
      minAge: 18,
      capacityDose1: 10,
      capacityDose2: 10,
      capacityPrecaution: 10,
      ...overrides,
    })
    .returning();
  return session!;
}

export async function createBeneficiary(db: Db, overrides: Partial<s.NewBeneficiary> = {}) {
  const [account] = await db
    .insert(s.accounts)
    .values({ mobile: `+9198${String(randomInt(10_000_000, 99_999_999))}` })
    .returning();
  const [beneficiary] = await db
    .insert(s.beneficiaries)
    .values({
      accountId: account!.id,
      referenceId: String(randomInt(1e12, 9.99e12)).padStart(13, "1"),
      name: "Test Person",
      gender: "female",
      birthYear: 1980,
      photoIdType: "aadhaar",
      photoIdHash: randomUUID(),
      photoIdLast4: "1234",
      ...overrides,
    })
    .returning();
  return { account: account!, beneficiary: beneficiary! };
}
