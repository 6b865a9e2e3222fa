import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { accounts, appointments, beneficiaries, doses, facilities, sessions, slots } from "@/db/schema";
import type { Gender } from "./schemas";

/** What a citizen's pages need about one person: never the photo-ID hash. */
export interface BeneficiarySummary {
  id: string;
  referenceId: string;
  name: string;
  gender: Gender;
  birthYear: number;
  photoIdType: string;
  photoIdLast4: string;
  comorbidity: boolean;
  doses: { doseNumber: number; vaccineCode: string; administeredAt: Date }[];
  appointments: { id: string; doseNumber: number; date: string; startsAt: string | null; facilityName: string }[];
}

export async function listBeneficiaries(db: Db, accountId: string): Promise<BeneficiarySummary[]> {
  return summaries(db, eq(beneficiaries.accountId, accountId));
}

/** One of the account's beneficiaries, or null for an unknown id and for another account's alike. */
export async function getBeneficiary(db: Db, accountId: string, beneficiaryId: string): Promise<BeneficiarySummary | null> {
  if (!z.uuid().safeParse(beneficiaryId).success) return null;
  const [found] = await summaries(db, and(eq(beneficiaries.accountId, accountId), eq(beneficiaries.id, beneficiaryId))!);
  return found ?? null;
}

/** How many people the account has registered: the counter the add command checks the limit against. */
export async function registeredCount(db: Db, accountId: string): Promise<number> {
  const [account] = await db.select({ count: accounts.beneficiaryCount }).from(accounts).where(eq(accounts.id, accountId));
  return account?.count ?? 0;
}

async function summaries(db: Db, which: SQL): Promise<BeneficiarySummary[]> {
  const people = await db
    .select({
      id: beneficiaries.id,
      referenceId: beneficiaries.referenceId,
      name: beneficiaries.name,
      gender: beneficiaries.gender,
      birthYear: beneficiaries.birthYear,
      photoIdType: beneficiaries.photoIdType,
      photoIdLast4: beneficiaries.photoIdLast4,
      comorbidity: beneficiaries.comorbidity,
    })
    .from(beneficiaries)
    .where(which)
    .orderBy(asc(beneficiaries.createdAt), asc(beneficiaries.referenceId));
  if (people.length === 0) return [];

  // Joined through beneficiaries with the same filter, so these can only ever be the same people's rows.
  const [doseRows, bookedRows] = await Promise.all([
    db
      .select({ beneficiaryId: doses.beneficiaryId, doseNumber: doses.doseNumber, vaccineCode: doses.vaccineCode, administeredAt: doses.administeredAt })
      .from(doses)
      .innerJoin(beneficiaries, eq(beneficiaries.id, doses.beneficiaryId))
      .where(which)
      .orderBy(asc(doses.doseNumber)),
    db
      .select({
        beneficiaryId: appointments.beneficiaryId,
        id: appointments.id,
        doseNumber: appointments.doseNumber,
        date: sessions.date,
        startsAt: slots.startsAt,
        facilityName: facilities.name,
      })
      .from(appointments)
      .innerJoin(beneficiaries, eq(beneficiaries.id, appointments.beneficiaryId))
      .innerJoin(sessions, eq(sessions.id, appointments.sessionId))
      .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
      .leftJoin(slots, eq(slots.id, appointments.slotId))
      .where(and(which, eq(appointments.status, "booked")))
      .orderBy(asc(sessions.date)),
  ]);

  const dosesOf = byBeneficiary(doseRows);
  const bookedOf = byBeneficiary(bookedRows);
  return people.map((person) => ({ ...person, doses: dosesOf.get(person.id) ?? [], appointments: bookedOf.get(person.id) ?? [] }));
}

function byBeneficiary<T extends { beneficiaryId: string }>(rows: readonly T[]): Map<string, Omit<T, "beneficiaryId">[]> {
  const groups = new Map<string, Omit<T, "beneficiaryId">[]>();
  for (const { beneficiaryId, ...rest } of rows) {
    const group = groups.get(beneficiaryId) ?? [];
    group.push(rest);
    groups.set(beneficiaryId, group);
  }
  return groups;
}
