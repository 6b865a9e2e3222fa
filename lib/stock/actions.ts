"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffAction } from "@/lib/auth/action";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { clientIp } from "@/lib/audit/record";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { isoDateIn } from "@/lib/time/dates";
import { stockRoles } from "./access";
import { receiveBatch } from "./receive";
import { receiveBatchSchema, wastageSchema } from "./schemas";
import type { ReceiveBatchResult, StockScope, WastageResult } from "./types";
import { recordWastage } from "./wastage";

// Thin: staffAction signs in, checks the role and validates; the commands scope every statement to the
// staff member's facility (no facility id travels in the form) and audit. Here answers become words.

const access = { roles: stockRoles, authorize: async (_input: unknown, staff: StaffPrincipal) => staff.facilityId !== null };

async function scopeOf(staff: StaffPrincipal): Promise<StockScope> {
  return { staffId: staff.id, facilityId: staff.facilityId!, ip: clientIp(await headers()) };
}

/** One field is at fault: the form-level line says so, the field says what. */
async function fieldFailure(field: string, text: string, formData: FormData): Promise<FormState> {
  const t = await getTranslations("validation");
  return { ok: false, message: t("form.invalid"), fieldErrors: { [field]: [text] }, values: formValues(formData) };
}

const RECEIPT_FIELD = { lotInvalid: "lot", duplicateLot: "lot", expiryInvalid: "expiresOn", expiryPast: "expiresOn", dosesRange: "doses", unknownVaccine: "vaccineCode" } as const;

async function receiveFailure(result: Exclude<ReceiveBatchResult, { ok: true }>, formData: FormData): Promise<FormState> {
  const t = await getTranslations("validation.stock");
  const text = result.reason === "duplicateLot" ? t("duplicateLot", { lot: result.lot }) : t(result.reason);
  return fieldFailure(RECEIPT_FIELD[result.reason], text, formData);
}

async function wastageFailure(result: Exclude<WastageResult, { ok: true }>, formData: FormData): Promise<FormState> {
  const t = await getTranslations("validation.stock");
  switch (result.reason) {
    case "notFound":
      return { ok: false, message: t("batchNotFound"), values: formValues(formData) };
    case "dosesRange":
      return fieldFailure("doses", t("dosesRange"), formData);
    case "notEnoughLeft":
      return fieldFailure("doses", t("notEnoughLeft", { left: result.left }), formData);
  }
}

function done(outcome: "received" | "wasted", lot: string): never {
  revalidatePath("/staff/stock");
  redirect(`/staff/stock?done=${outcome}&lot=${encodeURIComponent(lot)}`);
}

export async function receiveBatchAction(previous: FormState, formData: FormData): Promise<FormState> {
  const { timeZone } = getCountryPack();
  const action = staffAction({ schema: receiveBatchSchema(isoDateIn(timeZone)), ...access }, async (input, { staff, db }) => {
    const result = await receiveBatch(db, await scopeOf(staff), input, { timeZone });
    if (!result.ok) return receiveFailure(result, formData);
    done("received", result.lot);
  });
  return action(previous, formData);
}

/** A retry of the same submit (same `wastageKey`) records nothing new and answers as the first did. */
export async function recordWastageAction(previous: FormState, formData: FormData): Promise<FormState> {
  const action = staffAction({ schema: wastageSchema, ...access }, async (input, { staff, db }) => {
    const result = await recordWastage(db, await scopeOf(staff), input);
    if (!result.ok) return wastageFailure(result, formData);
    done("wasted", result.batch.lot);
  });
  return action(previous, formData);
}
