"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { Db } from "@/db";
import { citizenAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/audit/record";
import { invalidateAvailability } from "@/lib/centres/cache";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/locales";
import { alternativesFor } from "./alternatives";
import { bookingSchema } from "./booking-schema";
import type { BookingFormState } from "./booking-state";
import { formatDay } from "./format";
import { bookWithinLimits } from "./limited";
import { getAppointments } from "./queries";
import { refusalMessage } from "./refusals";
import { sendBookingSms } from "./sms";
import { bookingPolicy, type BookResult } from "./types";

// Thin, like the other actions: authenticate and validate (citizenAction), limit, book (commands.ts does
// the work under its locks), then turn the answer into words or a redirect to the confirmation.

/** The form posts one `beneficiaryIds` field per ticked person; the schema reads them joined. */
function joinPeople(formData: FormData): FormData {
  const joined = new FormData();
  for (const [key, value] of formData) if (key !== "beneficiaryIds") joined.append(key, value);
  const ids = formData.getAll("beneficiaryIds").filter((v): v is string => typeof v === "string");
  if (ids.length > 0) joined.set("beneficiaryIds", ids.join(","));
  return joined;
}

/** Echo what was chosen, so a refused booking keeps the ticks and the slot (with or without JavaScript). */
function echoed(formData: FormData): Pick<FormState, "values" | "data"> {
  return { values: formValues(formData), data: { beneficiaryIds: formData.getAll("beneficiaryIds").join(",") } };
}

async function failure(db: Db, result: Exclude<BookResult, { ok: true }>, formData: FormData, sessionId: string): Promise<BookingFormState> {
  const t = await getTranslations("booking");
  const locale = await getLocale();
  const keep = echoed(formData);
  switch (result.reason) {
    case "notFound":
      return { ok: false, message: t(`failure.notFound.${result.what}`), ...keep };
    case "tooManyPeople":
      return { ok: false, message: t("failure.tooManyPeople", { max: result.max }), ...keep };
    case "slotEnded":
      return { ok: false, message: t("failure.slotEnded"), ...keep, fieldErrors: { slotId: [t("failure.slotEnded")] } };
    case "sessionUnavailable": {
      const { key, values } = refusalMessage(result.refusal, (day) => formatDay(day, locale));
      return { ok: false, message: t(key, values), ...keep };
    }
    case "ineligible":
      return {
        ok: false,
        message: t("failure.ineligible", { count: result.people.length }),
        ...keep,
        refused: result.people.map(({ beneficiaryId, refusal }) => {
          const { key, values } = refusalMessage(refusal, (day) => formatDay(day, locale));
          return { beneficiaryId, text: t(key, values) };
        }),
      };
    case "full":
    case "slotFull": {
      const alternatives = await alternativesFor(db, { sessionId, seats: result.seats }, { policy: bookingPolicy(getCountryPack()) });
      const text = t(`failure.${result.reason}`);
      // The slot just taken is no longer a choice: drop it from what the form shows as chosen.
      return { ok: false, message: text, values: { ...keep.values, slotId: "" }, data: keep.data, alternatives };
    }
  }
}

/** Books 1–4 of the account's people into one slot; a retry with the same `bookingKey` books nothing new. */
export async function bookAppointmentsAction(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const joined = joinPeople(formData);
  const action = citizenAction(bookingSchema(pack.appointments.maxPeoplePerBooking), async (input, { citizen, db }): Promise<BookingFormState> => {
    const ip = clientIp(await headers());
    const result = await bookWithinLimits(db, { accountId: citizen.accountId, ip }, input, { policy: bookingPolicy(pack), attempts: pack.bookingAttempts });
    if (!result.ok && result.reason === "rateLimited") {
      const t = await getTranslations("booking");
      return { ok: false, message: t("failure.rateLimited", { minutes: result.minutes }), ...echoed(formData) };
    }
    if (!result.ok) return failure(db, result, formData, input.sessionId);

    // Committed: fresh counts on this instance at once (other instances within the cache's bound).
    for (const districtId of result.districtIds) invalidateAvailability(districtId);
    const ids = result.appointments.map((a) => a.id);
    if (!result.replayed) {
      const locale = await getLocale();
      const language = isLocale(locale) ? locale : "en";
      // After the answer: a gateway's round trip must not hold up the confirmation, which shows all the SMS says.
      after(async () => sendBookingSms(citizen.mobile, await getAppointments(db, citizen.accountId, ids), language));
    }
    revalidatePath("/account");
    redirect(`/account/appointments/confirmation?ids=${ids.join(",")}`);
  });
  const state = await action(previous, joined);
  // Validation failures echo the joined field; give the form the ticks back as it posted them.
  return state.ok || state.data ? state : { ...state, ...echoed(formData) };
}
