import "server-only";
import { getDb } from "@/db";
import { getAppointment, getAppointments, type AppointmentView } from "./queries";

// The appointment pages' way to the data: every read is filtered by the signed-in account.

export async function loadAppointments(accountId: string, ids: readonly string[]): Promise<AppointmentView[]> {
  return getAppointments(await getDb(), accountId, ids.slice(0, 8));
}

export async function loadAppointment(accountId: string, id: string): Promise<AppointmentView | null> {
  return getAppointment(await getDb(), accountId, id);
}
