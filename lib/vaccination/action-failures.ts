import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/appointments/format";
import { refusalMessage, type Refusal } from "@/lib/appointments/refusals";
import type { FormState } from "@/lib/forms/form-state";
import { clockTime } from "./format";
import type { MarkResult, NoShowResult, RemainingNoShowsResult, WalkInResult } from "./types";

// The commands' refusals in the vaccinator's words. A refusal that belongs to one field is reported on it
// (the error summary links there); the others are the form's message.

type Failure<R> = Exclude<R, { ok: true }>;

async function fieldFailure(field: string, text: string): Promise<FormState> {
  const tv = await getTranslations("validation");
  return { ok: false, message: tv("form.invalid"), fieldErrors: { [field]: [text] } };
}

/** "Dose 2 of Covishield can be booked from 14 March 2027", in the page's language. */
export async function refusalText(refusal: Refusal): Promise<string> {
  const t = await getTranslations("booking");
  const locale = await getLocale();
  const { key, values } = refusalMessage(refusal, (day) => formatDay(day, locale));
  return t(key, values);
}

export async function markFailure(failure: Failure<MarkResult>): Promise<FormState> {
  const t = await getTranslations("vaccinate.failure");
  switch (failure.reason) {
    case "notFound":
      return { ok: false, message: t("notFound") };
    case "wrongCode":
      return fieldFailure("securityCode", t("wrongCode", { attemptsLeft: failure.attemptsLeft }));
    case "locked":
      return { ok: false, message: t("locked"), data: { locked: 1 } };
    case "notBooked":
      return { ok: false, message: t(`notBooked.${failure.status}`) };
    case "ineligible":
      return { ok: false, message: t("ineligible", { reason: await refusalText(failure.refusal) }) };
    case "batchUnusable":
    case "outOfStock":
      return fieldFailure("batchId", t(failure.reason));
  }
}

export async function walkInFailure(failure: Failure<WalkInResult>): Promise<FormState> {
  const t = await getTranslations("vaccinate.failure");
  switch (failure.reason) {
    case "notFound":
      return { ok: false, message: t("sessionNotFound") };
    case "invalidMobile":
      return fieldFailure("mobile", (await getTranslations("validation"))("mobile.invalid"));
    case "duplicatePhotoId":
      return fieldFailure("photoIdNumber", t("duplicatePhotoId"));
    case "limitReached":
      return { ok: false, message: t("limitReached", { limit: failure.limit }) };
    case "full":
      return { ok: false, message: t("full") };
    case "ineligible":
      return { ok: false, message: t("ineligibleWalkIn", { reason: await refusalText(failure.refusal) }) };
  }
}

export async function noShowFailure(failure: Failure<NoShowResult | RemainingNoShowsResult>): Promise<FormState> {
  const t = await getTranslations("vaccinate.failure");
  switch (failure.reason) {
    case "notFound":
      return { ok: false, message: t("notFound") };
    case "notBooked":
      return { ok: false, message: t(`notBooked.${failure.status}`) };
    case "notEnded":
      return { ok: false, message: t("tooEarly", { time: clockTime(failure.endsAt) }) };
  }
}
