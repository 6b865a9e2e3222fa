"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Db } from "@/db";
import { staffAction } from "@/lib/auth/action";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { clientIp } from "@/lib/audit/record";
import { yearIn } from "@/lib/beneficiaries/rules";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { markFailure, noShowFailure, walkInFailure } from "./action-failures";
import { markDose } from "./mark";
import { markNoShow, markRemainingNoShows } from "./no-show";
import { isInTodayScope } from "./queue";
import { markDoseFormSchema } from "./mark-form";
import { noShowSchema, remainingNoShowsSchema, walkInSchema } from "./schemas";
import { queueScope, vaccinationRoles } from "./desk";
import { vaccinationPolicy, vaccinatorScope, type VaccinatorScope } from "./types";
import { registerWalkIn } from "./walk-in";

// Thin: staffAction signs in, checks the role, validates and checks scope (the session is the staff
// member's facility's, today, and the appointment one of its own) before the body; the commands check all
// of it again under their locks. Here answers become translated form states, and success redirects.

const sessionId = z.uuid("vaccination.sessionNotFound");
const queuePath = (id: string) => `/staff/vaccinate/${id}`;

/** The session (and appointment) the form names are this staff member's to act on, today. */
async function inScope(input: { sessionId: string; appointmentId?: string }, staff: StaffPrincipal, db: Db): Promise<boolean> {
  const scope = queueScope(staff, getCountryPack().timeZone);
  return scope !== null && isInTodayScope(db, scope, input);
}

async function desk(staff: StaffPrincipal): Promise<VaccinatorScope> {
  // authorize() has already refused a staff member without a facility.
  return vaccinatorScope(staff, clientIp(await headers()))!;
}

const options = () => ({ policy: vaccinationPolicy(getCountryPack()) });

/** Whatever the answer, the queue's counts and the person's page are read afresh. */
function refresh(session: string): void {
  revalidatePath(queuePath(session), "layout");
}

const mark = staffAction(
  { schema: markDoseFormSchema, roles: vaccinationRoles, authorize: inScope },
  async (input, { staff, db }) => {
    const { appointmentId, securityCode, batchId, idempotencyKey } = input;
    const result = await markDose(db, await desk(staff), { appointmentId, securityCode, batchId, idempotencyKey }, options());
    refresh(input.sessionId);
    if (!result.ok) return markFailure(result);
    // A replay (double tap, retried post) lands on the same answer as the first.
    redirect(`${queuePath(input.sessionId)}?vaccinated=${appointmentId}`);
  },
);

/** Records one dose; the form's idempotency key makes a double tap or a retry record it once. */
export async function markDoseAction(previous: FormState, formData: FormData): Promise<FormState> {
  return mark(previous, formData);
}

/** Registers a person at the desk, then opens their verify page (no code is asked of a walk-in). */
export async function registerWalkInAction(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const action = staffAction({ schema: walkInSchema(pack, yearIn(pack.timeZone)), roles: vaccinationRoles, authorize: inScope }, async (input, { staff, db }) => {
    const result = await registerWalkIn(db, await desk(staff), input, options());
    if (!result.ok) return { ...(await walkInFailure(result)), values: formValues(formData) };
    refresh(input.sessionId);
    redirect(`${queuePath(input.sessionId)}/${result.appointmentId}`);
  });
  return action(previous, formData);
}

const noShow = staffAction(
  { schema: noShowSchema.extend({ sessionId }), roles: vaccinationRoles, authorize: inScope },
  async (input, { staff, db }) => {
    const result = await markNoShow(db, await desk(staff), { appointmentId: input.appointmentId }, options());
    if (!result.ok) return noShowFailure(result);
    refresh(input.sessionId);
    redirect(`${queuePath(input.sessionId)}?noShow=${input.appointmentId}`);
  },
);

/** One person who did not come, once their slot has ended. */
export async function markNoShowAction(previous: FormState, formData: FormData): Promise<FormState> {
  return noShow(previous, formData);
}

const remaining = staffAction({ schema: remainingNoShowsSchema, roles: vaccinationRoles, authorize: inScope }, async (input, { staff, db }) => {
  const result = await markRemainingNoShows(db, await desk(staff), input, options());
  if (!result.ok) return noShowFailure(result);
  refresh(input.sessionId);
  redirect(`${queuePath(input.sessionId)}?noShows=${result.count}`);
});

/** Everyone still waiting in the session, once its last slot has ended. */
export async function markRemainingNoShowsAction(previous: FormState, formData: FormData): Promise<FormState> {
  return remaining(previous, formData);
}
