import { randomInt, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import type { BookingPolicy, CitizenContext } from "./types";

// Shared by the booking data-layer tests: small worlds with unique rows per call.

export const policy: BookingPolicy = { timeZone: "Asia/Kolkata", maxPeoplePerBooking: 4, rescheduleLimit: 3 };
/** 20 November 2026, 09:30 in India: sessions on the fixtures' default date (1 December) are ahead. */
export const now = new Date("2026-11-20T04:00:00Z");
export const options = { policy, now };

export type Geography = Awaited<ReturnType<typeof createGeography>>;

export interface SlotSpec {
  startsAt?: string;
  endsAt?: string;
  capacity: number;
}

export async function addSession(db: Db, facility: s.Facility, vaccine: s.Vaccine, overrides: Partial<s.NewSession> = {}, slotSpecs: SlotSpec[] = [{ capacity: 10 }]) {
  const session = await createSession(db, facility, vaccine, overrides);
  const slots = await db
    .insert(s.slots)
    .values(
      slotSpecs.map((spec, i) => ({
        sessionId: session.id,
        startsAt: spec.startsAt ?? `${String(9 + 2 * i).padStart(2, "0")}:00`,
        endsAt: spec.endsAt ?? `${String(11 + 2 * i).padStart(2, "0")}:00`,
        capacity: spec.capacity,
      })),
    )
    .returning();
  return { session, slots };
}

/** A district with one facility, a vaccine (28–42 days, precaution after 180, 18+) and one session. */
export async function bookingWorld(db: Db, options: { vaccine?: Partial<s.NewVaccine>; session?: Partial<s.NewSession>; slots?: SlotSpec[] } = {}) {
  const geo = await createGeography(db);
  const vaccine = await createVaccine(db, options.vaccine);
  const facility = await createFacility(db, geo);
  const { session, slots } = await addSession(db, facility, vaccine, options.session, options.slots);
  return { geo, vaccine, facility, session, slots };
}

/** An account with `people` beneficiaries (born 1980 unless given). */
export async function citizen(db: Db, people: Partial<s.NewBeneficiary>[] = [{}]): Promise<{ context: CitizenContext; ids: string[] }> {
  const [account] = await db
    .insert(s.accounts)
    .values({ mobile: `+9197${randomInt(10_000_000, 99_999_999)}`, beneficiaryCount: people.length })
    .returning();
  const rows = await db
    .insert(s.beneficiaries)
    .values(
      people.map((overrides, i) => ({
        accountId: account!.id,
        referenceId: `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, "0")}`,
        name: `Person ${i + 1}`,
        gender: "female" as const,
        birthYear: 1980,
        photoIdType: "AADHAAR",
        photoIdHash: randomUUID(),
        photoIdLast4: "1234",
        ...overrides,
      })),
    )
    .returning({ id: s.beneficiaries.id });
  return { context: { accountId: account!.id, ip: "10.1.2.3" }, ids: rows.map((r) => r.id) };
}

/** Many one-person accounts at once, for the races. */
export async function manyCitizens(db: Db, n: number): Promise<{ context: CitizenContext; ids: string[] }[]> {
  const accounts = await db
    .insert(s.accounts)
    .values(Array.from({ length: n }, () => ({ mobile: `+9196${randomInt(10_000_000, 99_999_999)}`, beneficiaryCount: 1 })))
    .returning({ id: s.accounts.id });
  const people = await db
    .insert(s.beneficiaries)
    .values(
      accounts.map((account, i) => ({
        accountId: account.id,
        referenceId: `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, "0")}`,
        name: `Racer ${i + 1}`,
        gender: "male" as const,
        birthYear: 1990,
        photoIdType: "AADHAAR",
        photoIdHash: randomUUID(),
        photoIdLast4: "5678",
      })),
    )
    .returning({ id: s.beneficiaries.id, accountId: s.beneficiaries.accountId });
  return people.map((p) => ({ context: { accountId: p.accountId, ip: "10.9.9.9" }, ids: [p.id] }));
}

export async function recordDose(db: Db, beneficiaryId: string, vaccine: s.Vaccine, facility: s.Facility, doseNumber: number, administeredAt: Date) {
  await db.insert(s.doses).values({ beneficiaryId, doseNumber, vaccineCode: vaccine.code, lot: "LOT1", facilityId: facility.id, administeredAt });
}

export async function sessionRow(db: Db, id: string) {
  const [row] = await db.select().from(s.sessions).where(eq(s.sessions.id, id));
  return row!;
}

export async function slotRow(db: Db, id: string) {
  const [row] = await db.select().from(s.slots).where(eq(s.slots.id, id));
  return row!;
}

export const newKey = () => randomUUID();
