import { randomInt, randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import * as s from "@/db/schema";
import { generateConfirmationNumber, generateSecurityCode } from "@/lib/appointments/confirmation";
import { addSession, bookingWorld, citizen, manyCitizens, type SlotSpec } from "@/lib/appointments/test-world";
import { capacityKindFor } from "@/lib/appointments/rules";
import { india } from "@/lib/country/packs/in";
import type { VaccinationPolicy, VaccinatorScope } from "./types";

// Shared by the vaccination data-layer tests: a facility with a session today, a vaccinator and a batch.

export const policy: VaccinationPolicy = {
  timeZone: "Asia/Kolkata",
  maxPeoplePerBooking: 4,
  rescheduleLimit: 3,
  maxCodeAttempts: 5,
  certificateCountry: "IN",
  beneficiaryLimit: 4,
  phone: india.phone,
};
/** 20 November 2026 in India; 09:30 there. */
export const today = "2026-11-20";
export const now = new Date("2026-11-20T04:00:00Z");
export const options = { policy, now };
/** A moment on another day or hour, same policy. */
export const at = (instant: string) => ({ policy, now: new Date(instant) });

export async function addVaccinator(db: Db, facility: s.Facility): Promise<VaccinatorScope> {
  const [staff] = await db
    .insert(s.staffUsers)
    .values({ username: `vaccinator.${randomUUID()}`, passwordHash: "x", displayName: "Test Vaccinator", role: "vaccinator", facilityId: facility.id })
    .returning();
  return { staffId: staff!.id, facilityId: facility.id, ip: "10.4.5.6" };
}

export async function addBatch(db: Db, facility: s.Facility, vaccine: s.Vaccine, overrides: Partial<s.NewStockBatch> = {}) {
  const [batch] = await db
    .insert(s.stockBatches)
    .values({ facilityId: facility.id, vaccineCode: vaccine.code, lot: `LOT-${randomInt(1e9)}`, expiresOn: "2027-06-30", dosesReceived: 100, ...overrides })
    .returning();
  return batch!;
}

/** A facility with today's session (slots 09–11 and 11–13 unless given), its vaccinator and a batch of 100. */
export async function deskWorld(db: Db, spec: { vaccine?: Partial<s.NewVaccine>; session?: Partial<s.NewSession>; slots?: SlotSpec[] } = {}) {
  const world = await bookingWorld(db, { ...spec, session: { date: today, ...spec.session }, slots: spec.slots ?? [{ capacity: 20 }, { capacity: 20 }] });
  const [scope, batch] = await Promise.all([addVaccinator(db, world.facility), addBatch(db, world.facility, world.vaccine)]);
  return { ...world, scope, batch };
}

export type DeskWorld = Awaited<ReturnType<typeof deskWorld>>;

/**
 * Booked appointments inserted directly (with their seats counted), for cases booking would refuse:
 * dose 2 without dose 1, or many people at once.
 */
export async function insertAppointments(db: Db, session: s.Session, beneficiaryIds: readonly string[], spec: { doseNumber?: number; slotId?: string | null } = {}) {
  const doseNumber = spec.doseNumber ?? 1;
  const kind = capacityKindFor(doseNumber, 2);
  const rows = await db
    .insert(s.appointments)
    .values(
      beneficiaryIds.map((beneficiaryId) => ({
        beneficiaryId,
        sessionId: session.id,
        slotId: spec.slotId ?? null,
        districtId: session.districtId,
        doseNumber,
        capacityKind: kind,
        confirmationNumber: generateConfirmationNumber(),
        securityCode: generateSecurityCode(),
      })),
    )
    .returning();
  const counter = { dose1: s.sessions.bookedDose1, dose2: s.sessions.bookedDose2, precaution: s.sessions.bookedPrecaution }[kind];
  const key = { dose1: "bookedDose1", dose2: "bookedDose2", precaution: "bookedPrecaution" } as const;
  await db.update(s.sessions).set({ [key[kind]]: sql`${counter} + ${rows.length}` }).where(eq(s.sessions.id, session.id));
  if (spec.slotId) await db.update(s.slots).set({ booked: sql`${s.slots.booked} + ${rows.length}` }).where(eq(s.slots.id, spec.slotId));
  return rows;
}

/** One person (born 1980 unless given) with a booked dose-1 appointment in the world's first slot. */
export async function bookedPerson(db: Db, world: DeskWorld, person: Partial<s.NewBeneficiary> = {}) {
  const who = await citizen(db, [person]);
  const [appointment] = await insertAppointments(db, world.session, who.ids, { slotId: world.slots[0]!.id });
  return { beneficiaryId: who.ids[0]!, accountId: who.context.accountId, appointment: appointment! };
}

/** `n` people, each with a booked dose-1 appointment in the world's session (no slot). */
export async function bookedCrowd(db: Db, world: DeskWorld, n: number) {
  const people = await manyCitizens(db, n);
  return insertAppointments(db, world.session, people.map((p) => p.ids[0]!));
}

export async function recordDose(db: Db, beneficiaryId: string, vaccine: s.Vaccine, facility: s.Facility, doseNumber: number, administeredAt: Date) {
  await db.insert(s.doses).values({ beneficiaryId, doseNumber, vaccineCode: vaccine.code, lot: "EARLIER", facilityId: facility.id, administeredAt });
}

export async function batchRow(db: Db, id: string) {
  const [row] = await db.select().from(s.stockBatches).where(eq(s.stockBatches.id, id));
  return row!;
}

export async function appointmentRow(db: Db, id: string) {
  const [row] = await db.select().from(s.appointments).where(eq(s.appointments.id, id));
  return row!;
}

export async function dosesOf(db: Db, beneficiaryIds: readonly string[]) {
  return db.select().from(s.doses).where(inArray(s.doses.beneficiaryId, [...beneficiaryIds]));
}

export async function certificatesOf(db: Db, beneficiaryIds: readonly string[]) {
  return db.select().from(s.certificates).where(inArray(s.certificates.beneficiaryId, [...beneficiaryIds]));
}

export async function auditOf(db: Db, action: string, entityIds: readonly string[]) {
  return db.select().from(s.auditLog).where(and(eq(s.auditLog.action, action), inArray(s.auditLog.entityId, [...entityIds])));
}

export { addSession, citizen };
export const newKey = () => randomUUID();
