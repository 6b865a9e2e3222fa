"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { citizenAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/audit/record";
import { invalidateAvailability } from "@/lib/centres/cache";
import { getCountryPack } from "@/lib/country";
import type { FormState } from "@/lib/forms/form-state";
import { cancelWithinLimits, rescheduleWithinLimits } from "./limited";
import { refusalMessage } from "./refusals";
import { cancelAppointmentSchema, rescheduleAppointmentSchema } from "./schemas";
import { bookingPolicy, type CancelResult, type RescheduleResult } from "./types";

// Thin: citizenAction authenticates and validates, the core re-checks every id against the account and
// audits; here the answer becomes a translated form state, and success refreshes the caches and redirects.

type Failure = Exclude<RescheduleResult | CancelResult, { ok: true }>;

async function failureState(failure: Failure): Promise<FormState> {
  const t = await getTranslations("booking");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  switch (failure.reason) {
    case "notFound":
      return { ok: false, message: t(`failure.notFound.${failure.what}`) };
    case "cannotChange": {
      const { refusal } = failure;
      if (refusal.reason === "notActive") return { ok: false, message: t(`failure.notActive.${refusal.status}`) };
      if (refusal.reason === "rescheduleLimit") return { ok: false, message: t("failure.rescheduleLimit", { limit: refusal.limit }) };
      return { ok: false, message: t("failure.started") };
    }
    case "ineligible":
    case "sessionUnavailable": {
      const { key, values } = refusalMessage(failure.refusal, day);
      return { ok: false, message: t(key, values) };
    }
    case "slotEnded":
      return { ok: false, message: t("failure.slotEnded") };
    // The page re-reads the options after this answer, so "the next free ones" are the ones it shows.
    case "full":
    case "slotFull":
      return { ok: false, message: t("failure.slotFull"), data: { justTaken: 1 } };
  }
}

async function tooMany(): Promise<FormState> {
  const t = await getTranslations("booking.manage");
  return { ok: false, message: t("tooManyAttempts") };
}

function afterCommit(districtIds: readonly number[]): void {
  for (const districtId of districtIds) invalidateAvailability(districtId);
  revalidatePath("/account");
}

const reschedule = citizenAction(rescheduleAppointmentSchema, async (input, { citizen, db }) => {
  const pack = getCountryPack();
  const result = await rescheduleWithinLimits(
    db,
    { accountId: citizen.accountId, ip: clientIp(await headers()) },
    { appointmentId: input.appointmentId, ...input.target },
    { policy: bookingPolicy(pack), attempts: pack.bookingAttempts },
  );
  if (!result.ok && result.reason === "rateLimited") return tooMany();
  if (!result.ok) {
    revalidatePath(`/account/appointments/${input.appointmentId}/reschedule`);
    return failureState(result);
  }
  afterCommit(result.districtIds);
  redirect("/account?done=rescheduled");
});

const cancel = citizenAction(cancelAppointmentSchema, async (input, { citizen, db }) => {
  const pack = getCountryPack();
  const result = await cancelWithinLimits(
    db,
    { accountId: citizen.accountId, ip: clientIp(await headers()) },
    { appointmentId: input.appointmentId },
    { policy: bookingPolicy(pack), attempts: pack.bookingAttempts },
  );
  if (!result.ok && result.reason === "rateLimited") return tooMany();
  if (!result.ok) return failureState(result);
  afterCommit(result.districtIds);
  redirect("/account?done=cancelled");
});

export async function rescheduleAppointmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  return reschedule(previous, formData);
}

export async function cancelAppointmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  return cancel(previous, formData);
}
