"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/appointments/format";
import { staffAction } from "@/lib/auth/action";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { clientIp } from "@/lib/audit/record";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { recordAdverseEvent } from "./adverse-events";
import { correctDoseBatch } from "./corrections";
import { adverseEventFormSchema, correctBatchFormSchema } from "./dose-schemas";
import { vaccinationRoles } from "./desk";
import { vaccinationPolicy, vaccinatorScope, type AdverseEventResult, type CorrectBatchResult, type VaccinatorScope } from "./types";

// Thin: staffAction signs in, checks the role and validates; i9-core's commands re-read the dose for the
// staff member's facility (and, for a correction, today) inside their transaction. Here answers become words.

const access = { roles: vaccinationRoles, authorize: async (_input: unknown, staff: StaffPrincipal) => staff.facilityId !== null };

async function scopeOf(staff: StaffPrincipal): Promise<VaccinatorScope> {
  return vaccinatorScope(staff, clientIp(await headers()))!;
}

async function fieldFailure(field: string, text: string, formData: FormData): Promise<FormState> {
  const tv = await getTranslations("validation");
  return { ok: false, message: tv("form.invalid"), fieldErrors: { [field]: [text] }, values: formValues(formData) };
}

async function correctFailure(result: Exclude<CorrectBatchResult, { ok: true }>, formData: FormData): Promise<FormState> {
  const t = await getTranslations("dose.failure");
  if (result.reason === "notFound") return { ok: false, message: t("correctNotFound") };
  return fieldFailure("batchId", t(result.reason), formData);
}

async function adverseEventFailure(result: Exclude<AdverseEventResult, { ok: true }>, formData: FormData): Promise<FormState> {
  const t = await getTranslations("dose.failure");
  switch (result.reason) {
    case "notFound":
      return { ok: false, message: (await getTranslations("validation"))("vaccination.doseNotFound"), values: formValues(formData) };
    case "onsetBeforeDose":
      return fieldFailure("onsetOn", t("onsetBeforeDose", { date: formatDay(result.doseOn, await getLocale()) }), formData);
    case "onsetInFuture":
      return fieldFailure("onsetOn", t("onsetInFuture"), formData);
  }
}

function backToDose(sessionId: string, doseId: string, done: string): never {
  const path = `/staff/vaccinate/${sessionId}/doses/${doseId}`;
  revalidatePath(path);
  redirect(`${path}?done=${done}`);
}

export async function correctDoseBatchAction(previous: FormState, formData: FormData): Promise<FormState> {
  const action = staffAction({ schema: correctBatchFormSchema, ...access }, async (input, { staff, db }) => {
    const result = await correctDoseBatch(db, await scopeOf(staff), { doseId: input.doseId, batchId: input.batchId }, { policy: vaccinationPolicy(getCountryPack()) });
    if (!result.ok) return correctFailure(result, formData);
    backToDose(input.sessionId, input.doseId, "corrected");
  });
  return action(previous, formData);
}

export async function recordAdverseEventAction(previous: FormState, formData: FormData): Promise<FormState> {
  const action = staffAction({ schema: adverseEventFormSchema, ...access }, async (input, { staff, db }) => {
    const { sessionId, ...request } = input;
    const result = await recordAdverseEvent(db, await scopeOf(staff), request, { policy: vaccinationPolicy(getCountryPack()) });
    if (!result.ok) return adverseEventFailure(result, formData);
    backToDose(sessionId, input.doseId, "aefi");
  });
  return action(previous, formData);
}
