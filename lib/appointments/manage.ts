import "server-only";
import { getDb } from "@/db";
import { getCountryPack } from "@/lib/country";
import { cancelRefusal, rescheduleRefusal, type ChangeRefusal } from "./change-rules";
import { rescheduleOptions, type RescheduleOptions } from "./manage-options";
import { getAppointment, listAppointments, type AppointmentView } from "./queries";
import { bookingPolicy } from "./types";

// The citizen pages' way to appointments they may change: each entry point opens the database here.
// What a page offers comes from change-rules.ts, the same functions the commands obey.

export interface ManagedAppointment extends AppointmentView {
  cancelRefusal: ChangeRefusal | null;
  rescheduleRefusal: ChangeRefusal | null;
  reschedulesLeft: number;
}

function withRules(view: AppointmentView, now: Date): ManagedAppointment {
  const pack = getCountryPack();
  const { timeZone, rescheduleLimit } = bookingPolicy(pack);
  const timing = { ...view, startsAt: view.startsAt ?? view.opensAt };
  return {
    ...view,
    cancelRefusal: cancelRefusal(timing, now, timeZone),
    rescheduleRefusal: rescheduleRefusal(timing, now, timeZone, rescheduleLimit),
    reschedulesLeft: Math.max(0, rescheduleLimit - view.rescheduleCount),
  };
}

/**
 * Per person, the appointment the family page shows: the booked one, else the latest one (so a
 * cancellation or a given dose is visible), keyed by beneficiary id.
 */
export async function loadFamilyAppointments(accountId: string): Promise<Map<string, ManagedAppointment>> {
  const now = new Date();
  const all = await listAppointments(await getDb(), accountId);
  const shown = new Map<string, ManagedAppointment>();
  for (const view of all) {
    const current = shown.get(view.beneficiaryId);
    const better = !current || (current.status !== "booked" && (view.status === "booked" || view.date >= current.date));
    if (better) shown.set(view.beneficiaryId, withRules(view, now));
  }
  return shown;
}

/** One of the account's appointments, or null for an unknown id and for another account's alike. */
export async function loadManagedAppointment(accountId: string, appointmentId: string): Promise<ManagedAppointment | null> {
  const view = await getAppointment(await getDb(), accountId, appointmentId);
  return view ? withRules(view, new Date()) : null;
}

export async function loadRescheduleOptions(accountId: string, appointment: AppointmentView): Promise<RescheduleOptions> {
  return rescheduleOptions(await getDb(), accountId, appointment, { policy: bookingPolicy(getCountryPack()) });
}
