import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { appointments, beneficiaries, doses, sessions, slots, vaccines } from "@/db/schema";
import { toDoseRecords } from "@/lib/vaccination/rules";
import type { PersonFacts, SessionFacts, VaccineRules } from "./rules";

// What the rules need, read inside the command's transaction.

export interface Person extends PersonFacts {
  id: string;
}

/**
 * The account's people among `ids`, with their doses and booked appointments; another account's id is
 * simply absent. FOR SHARE holds off an edit of the birth year or a removal until the booking commits.
 */
export async function readPeople(tx: Tx, accountId: string, ids: readonly string[], timeZone: string): Promise<Person[]> {
  const [people, doseRows, bookedRows] = await Promise.all([
    tx
      .select({ id: beneficiaries.id, birthYear: beneficiaries.birthYear })
      .from(beneficiaries)
      .where(and(eq(beneficiaries.accountId, accountId), inArray(beneficiaries.id, [...ids])))
      .orderBy(asc(beneficiaries.id))
      .for("share"),
    tx
      .select({ beneficiaryId: doses.beneficiaryId, doseNumber: doses.doseNumber, vaccineCode: doses.vaccineCode, administeredAt: doses.administeredAt })
      .from(doses)
      .where(inArray(doses.beneficiaryId, [...ids])),
    tx
      .select({ beneficiaryId: appointments.beneficiaryId, id: appointments.id, doseNumber: appointments.doseNumber })
      .from(appointments)
      .where(and(inArray(appointments.beneficiaryId, [...ids]), eq(appointments.status, "booked"))),
  ]);
  return people.map((person) => ({
    ...person,
    doses: toDoseRecords(doseRows.filter((d) => d.beneficiaryId === person.id), timeZone),
    bookedAppointments: bookedRows.filter((a) => a.beneficiaryId === person.id),
  }));
}

export interface SessionAndSlot {
  session: SessionFacts & { id: string; districtId: number };
  /** Absent when the slot does not exist or belongs to another session. */
  slot?: { id: string; startsAt: string; endsAt: string };
}

export async function readSessionAndSlot(tx: Tx, sessionId: string, slotId: string): Promise<SessionAndSlot | undefined> {
  const [row] = await tx
    .select({
      id: sessions.id,
      districtId: sessions.districtId,
      date: sessions.date,
      vaccineCode: sessions.vaccineCode,
      minAge: sessions.minAge,
      maxAge: sessions.maxAge,
      status: sessions.status,
      slotId: slots.id,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
    })
    .from(sessions)
    .leftJoin(slots, and(eq(slots.id, slotId), eq(slots.sessionId, sessions.id)))
    .where(eq(sessions.id, sessionId));
  if (!row) return undefined;
  const { slotId: foundSlot, startsAt, endsAt, ...session } = row;
  return { session, slot: foundSlot && startsAt && endsAt ? { id: foundSlot, startsAt, endsAt } : undefined };
}

/** The whole vaccine table: a handful of rows, and a schedule may refer to any of them. */
export async function readVaccines(tx: Tx): Promise<VaccineRules[]> {
  return tx
    .select({
      code: vaccines.code,
      name: vaccines.name,
      primaryDoses: vaccines.primaryDoses,
      dose2MinDays: vaccines.dose2MinDays,
      dose2MaxDays: vaccines.dose2MaxDays,
      precautionMinDays: vaccines.precautionMinDays,
      minAgeYears: vaccines.minAgeYears,
      maxAgeYears: vaccines.maxAgeYears,
      mixableWith: vaccines.mixableWith,
    })
    .from(vaccines);
}
