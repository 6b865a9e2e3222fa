"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { citizenAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/audit/record";
import { bookHref } from "@/lib/centres/search-url";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import * as commands from "./commands";
import { yearIn } from "./rules";
import { beneficiarySchema, bookingSessionParam, editBeneficiarySchema, removeBeneficiarySchema } from "./schemas";

// Thin: the wrapper authenticates and validates, commands.ts does the work (ownership in every statement);
// here results become translated form states, and success revalidates and redirects.

type Reason = Exclude<
  | Awaited<ReturnType<typeof commands.addBeneficiary>>
  | Awaited<ReturnType<typeof commands.updateBeneficiary>>
  | Awaited<ReturnType<typeof commands.removeBeneficiary>>,
  { ok: true }
>["reason"];

// Reasons tied to one field; the others are form-level.
const FIELD_OF: Partial<Record<Reason, string>> = {
  duplicatePhotoId: "photoIdNumber",
  photoIdLocked: "photoIdNumber",
  photoIdNumberRequired: "photoIdNumber",
};

async function failure(reason: Reason, formData: FormData): Promise<FormState> {
  const t = await getTranslations("account.errors");
  const pack = getCountryPack();
  const text = t(reason, { limit: pack.beneficiaryLimitPerAccount });
  const field = FIELD_OF[reason];
  if (!field) return { ok: false, message: text, values: formValues(formData) };
  const tv = await getTranslations("validation");
  return { ok: false, message: tv("form.invalid"), fieldErrors: { [field]: [text] }, values: formValues(formData) };
}

async function citizenContext(accountId: string): Promise<commands.CitizenContext> {
  return { accountId, ip: clientIp(await headers()) };
}

function done(outcome: "added" | "updated" | "removed"): never {
  revalidatePath("/account");
  redirect(`/account?done=${outcome}`);
}

export async function addBeneficiary(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const action = citizenAction(beneficiarySchema(pack, yearIn(pack.timeZone)), async (input, { citizen, db }) => {
    const result = await commands.addBeneficiary(db, await citizenContext(citizen.accountId), input, { limit: pack.beneficiaryLimitPerAccount });
    if (!result.ok) return failure(result.reason, formData);
    // Added from a booking page: back to it, with the new person ticked.
    const book = bookingSessionParam.safeParse(formData.get("book"));
    if (book.success) {
      revalidatePath("/account");
      redirect(bookHref(book.data, result.beneficiaryId));
    }
    done("added");
  });
  return action(previous, formData);
}

export async function updateBeneficiary(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const action = citizenAction(editBeneficiarySchema(pack, yearIn(pack.timeZone)), async (input, { citizen, db }) => {
    const result = await commands.updateBeneficiary(db, await citizenContext(citizen.accountId), input);
    if (!result.ok) return failure(result.reason, formData);
    done("updated");
  });
  return action(previous, formData);
}

export async function removeBeneficiary(previous: FormState, formData: FormData): Promise<FormState> {
  const action = citizenAction(removeBeneficiarySchema, async (input, { citizen, db }) => {
    const result = await commands.removeBeneficiary(db, await citizenContext(citizen.accountId), input.beneficiaryId);
    if (!result.ok) return failure(result.reason, formData);
    done("removed");
  });
  return action(previous, formData);
}
