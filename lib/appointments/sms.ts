import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getSmsSender } from "@/lib/messaging";
import { formatConfirmationNumber } from "./confirmation";
import { formatDay, formatSlot } from "./format";
import type { AppointmentView } from "./queries";

/** One SMS per booking, in the citizen's language: each person's appointment number and code, centre, date and slot. */
export async function bookingSmsText(appointments: readonly AppointmentView[], locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "booking.sms" });
  const [first] = appointments;
  if (!first) throw new Error("A booking SMS needs at least one appointment");
  const people = appointments.map((a) => t("person", { name: a.beneficiaryName, number: formatConfirmationNumber(a.confirmationNumber), code: a.securityCode }));
  return t("text", {
    centre: first.centre.name,
    date: formatDay(first.date, locale),
    time: formatSlot(first.startsAt, first.endsAt),
    people: people.join("; "),
  });
}

/**
 * Sent after the booking committed: a failed SMS is logged (without its text, which holds the codes) and
 * never fails the booking, whose confirmation page shows everything the SMS would.
 */
export async function sendBookingSms(to: string, appointments: readonly AppointmentView[], locale: Locale): Promise<boolean> {
  try {
    const text = await bookingSmsText(appointments, locale);
    await (await getSmsSender()).send({ to, text });
    return true;
  } catch (error) {
    console.error(`[booking] confirmation SMS not sent: ${error instanceof Error ? error.name : "error"}`);
    return false;
  }
}
