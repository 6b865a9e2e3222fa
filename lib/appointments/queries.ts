import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { appointments, beneficiaries, districts, facilities, sessions, slots, states, vaccines } from "@/db/schema";
import type { AppointmentStatus } from "./change-rules";
import { isUuid } from "./ids";

/** One appointment as the family page, the confirmation and the slip show it. */
export interface AppointmentView {
  id: string;
  beneficiaryId: string;
  beneficiaryName: string;
  referenceId: string;
  doseNumber: number;
  status: AppointmentStatus;
  confirmationNumber: string;
  securityCode: string;
  rescheduleCount: number;
  sessionId: string;
  slotId: string | null;
  /** "YYYY-MM-DD" in the country's calendar. */
  date: string;
  /** "HH:MM:SS" wall-clock times; null for an appointment without a slot. */
  startsAt: string | null;
  endsAt: string | null;
  /** Used by the change rules when there is no slot. */
  opensAt: string;
  vaccineCode: string;
  vaccineName: string;
  centre: { id: number; name: string; address: string; block: string; postalCode: string; districtName: string; stateName: string };
  bookedAt: Date;
  cancelledAt: Date | null;
}

async function views(db: Db, accountId: string, where?: SQL): Promise<AppointmentView[]> {
  const rows = await db
    .select({
      id: appointments.id,
      beneficiaryId: appointments.beneficiaryId,
      beneficiaryName: beneficiaries.name,
      referenceId: beneficiaries.referenceId,
      doseNumber: appointments.doseNumber,
      status: appointments.status,
      confirmationNumber: appointments.confirmationNumber,
      securityCode: appointments.securityCode,
      rescheduleCount: appointments.rescheduleCount,
      sessionId: appointments.sessionId,
      slotId: appointments.slotId,
      date: sessions.date,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      opensAt: facilities.opensAt,
      vaccineCode: sessions.vaccineCode,
      vaccineName: vaccines.name,
      centreId: facilities.id,
      centreName: facilities.name,
      address: facilities.address,
      block: facilities.block,
      postalCode: facilities.postalCode,
      districtName: districts.name,
      stateName: states.name,
      bookedAt: appointments.createdAt,
      cancelledAt: appointments.cancelledAt,
    })
    .from(appointments)
    // The account filter sits on the join: another account's appointment can never come back.
    .innerJoin(beneficiaries, and(eq(beneficiaries.id, appointments.beneficiaryId), eq(beneficiaries.accountId, accountId)))
    .innerJoin(sessions, eq(sessions.id, appointments.sessionId))
    .innerJoin(vaccines, eq(vaccines.code, sessions.vaccineCode))
    .innerJoin(facilities, eq(facilities.id, sessions.facilityId))
    .innerJoin(districts, eq(districts.id, facilities.districtId))
    .innerJoin(states, eq(states.id, facilities.stateId))
    .leftJoin(slots, eq(slots.id, appointments.slotId))
    .where(where)
    .orderBy(asc(sessions.date), asc(slots.startsAt), asc(beneficiaries.createdAt), asc(appointments.doseNumber), asc(appointments.id));
  return rows.map(({ centreId, centreName, address, block, postalCode, districtName, stateName, ...rest }) => ({
    ...rest,
    centre: { id: centreId, name: centreName, address, block, postalCode, districtName, stateName },
  }));
}

/** The account's appointments, soonest first; pass statuses to narrow (e.g. ["booked"] for what is ahead). */
export async function listAppointments(db: Db, accountId: string, statuses?: readonly AppointmentStatus[]): Promise<AppointmentView[]> {
  return views(db, accountId, statuses ? inArray(appointments.status, [...statuses]) : undefined);
}

/** The account's appointments among `ids` (a confirmation page's list); others' and malformed ids are skipped. */
export async function getAppointments(db: Db, accountId: string, ids: readonly string[]): Promise<AppointmentView[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return views(db, accountId, inArray(appointments.id, valid));
}

export async function getAppointment(db: Db, accountId: string, id: string): Promise<AppointmentView | null> {
  const [found] = await getAppointments(db, accountId, [id]);
  return found ?? null;
}
