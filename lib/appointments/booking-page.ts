import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { getDb } from "@/db";
import { beneficiaries, districts, facilities, sessions, slots, vaccines } from "@/db/schema";
import { getCountryPack } from "@/lib/country";
import { readPeople, readVaccines } from "./facts";
import { isUuid } from "./ids";
import type { Refusal } from "./refusals";
import { checkEligibility, nextDoseFor, type CapacityKind } from "./rules";
import { bookingPolicy, clockOf, type CommandOptions } from "./types";

// What the booking page shows: the session, its slots, and who on the account may book it. The same rules
// as the command decide who is selectable; the command checks again under its locks.

export interface BookingSession {
  id: string;
  date: string;
  vaccineName: string;
  minAge: number;
  maxAge: number | null;
  fee: number;
  status: "scheduled" | "cancelled" | "closed";
  centre: { id: number; name: string; address: string; block: string; postalCode: string; districtName: string };
  /** Free seats per dose kind. */
  free: Record<CapacityKind, number>;
  slots: { id: string; startsAt: string; endsAt: string; free: number }[];
}

export interface BookingCandidate {
  id: string;
  name: string;
  verdict: { ok: true; doseNumber: number; kind: CapacityKind } | { ok: false; refusal: Refusal };
}

export interface BookingPageData {
  session: BookingSession;
  people: BookingCandidate[];
  maxPeople: number;
}

export async function readBookingPage(db: Db, accountId: string, sessionId: string, options: CommandOptions): Promise<BookingPageData | null> {
  if (!isUuid(sessionId)) return null;
  const { today } = clockOf(options);
  const [row] = await db
    .select({
      id: sessions.id,
      date: sessions.date,
      vaccineCode: sessions.vaccineCode,
      vaccineName: vaccines.name,
      minAge: sessions.minAge,
      maxAge: sessions.maxAge,
      fee: sessions.fee,
      status: sessions.status,
      capacityDose1: sessions.capacityDose1,
      capacityDose2: sessions.capacityDose2,
      capacityPrecaution: sessions.capacityPrecaution,
      bookedDose1: sessions.bookedDose1,
      bookedDose2: sessions.bookedDose2,
      bookedPrecaution: sessions.bookedPrecaution,
      centreId: facilities.id,
      centreName: facilities.name,
      address: facilities.address,
      block: facilities.block,
      postalCode: facilities.postalCode,
      districtName: districts.name,
    })
    .from(sessions)
    .innerJoin(vaccines, eq(vaccines.code, sessions.vaccineCode))
    .innerJoin(facilities, and(eq(facilities.id, sessions.facilityId), eq(facilities.active, true)))
    .innerJoin(districts, eq(districts.id, facilities.districtId))
    .where(eq(sessions.id, sessionId));
  if (!row) return null;

  const [slotRows, people, vaccineRules, names] = await Promise.all([
    db.select({ id: slots.id, startsAt: slots.startsAt, endsAt: slots.endsAt, capacity: slots.capacity, booked: slots.booked }).from(slots).where(eq(slots.sessionId, sessionId)).orderBy(asc(slots.startsAt)),
    db.transaction(async (tx) => {
      const ids = (await tx.select({ id: beneficiaries.id }).from(beneficiaries).where(eq(beneficiaries.accountId, accountId))).map((b) => b.id);
      return ids.length === 0 ? [] : readPeople(tx, accountId, ids, options.policy.timeZone);
    }),
    db.transaction((tx) => readVaccines(tx)),
    db.select({ id: beneficiaries.id, name: beneficiaries.name }).from(beneficiaries).where(eq(beneficiaries.accountId, accountId)).orderBy(asc(beneficiaries.createdAt)),
  ]);

  const session: BookingSession = {
    id: row.id,
    date: row.date,
    vaccineName: row.vaccineName,
    minAge: row.minAge,
    maxAge: row.maxAge,
    fee: row.fee,
    status: row.status,
    centre: { id: row.centreId, name: row.centreName, address: row.address, block: row.block, postalCode: row.postalCode, districtName: row.districtName },
    free: {
      dose1: row.capacityDose1 - row.bookedDose1,
      dose2: row.capacityDose2 - row.bookedDose2,
      precaution: row.capacityPrecaution - row.bookedPrecaution,
    },
    slots: slotRows.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, free: s.capacity - s.booked })),
  };
  const facts = { date: row.date, vaccineCode: row.vaccineCode, minAge: row.minAge, maxAge: row.maxAge, status: row.status };
  const candidates = names.map(({ id, name }): BookingCandidate => {
    const person = people.find((p) => p.id === id)!;
    const doseNumber = nextDoseFor(person.doses, vaccineRules);
    if (doseNumber === null) return { id, name, verdict: { ok: false, refusal: { reason: "noFurtherDose" } } };
    const verdict = checkEligibility({ person, session: facts, doseNumber, vaccines: vaccineRules, today });
    return { id, name, verdict: verdict.ok ? { ok: true, doseNumber, kind: verdict.kind } : verdict };
  });
  return { session, people: candidates, maxPeople: options.policy.maxPeoplePerBooking };
}

/** The booking page's entry point: the session and the account's people, or null for an unknown session. */
export async function loadBookingPage(accountId: string, sessionId: string): Promise<BookingPageData | null> {
  return readBookingPage(await getDb(), accountId, sessionId, { policy: bookingPolicy(getCountryPack()) });
}
