"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { DataText, dataTag } from "@/components/ui/data-text";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { FormStateMessage } from "@/components/ui/form-state-message";
import { bookAppointmentsAction } from "@/lib/appointments/actions";
import type { BookingFormState } from "@/lib/appointments/booking-state";
import { formatDay, formatSlot } from "@/lib/appointments/format";
import { initialFormState } from "@/lib/forms/form-state";

/** One of the account's people: `dose` when they can be booked here, `reason` when not. */
export type BookingPerson = { id: string; name: string; dose?: string; reason?: string };
export type BookingSlot = { id: string; time: string; free: number };

const ids = { people: "booking-beneficiaryIds", slot: "booking-slotId" };

/**
 * Choose people and a slot, confirm. A plain form posting to the server action, so it works without
 * JavaScript; a refusal comes back as the form state with the choices kept, "just taken" with the next
 * free slots of this session and links to other sessions.
 */
export function BookingForm(props: { sessionId: string; bookingKey: string; people: BookingPerson[]; slots: BookingSlot[]; maxPeople: number; preselect?: string }) {
  const t = useTranslations("booking.page");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<BookingFormState, FormData>(bookAppointmentsAction, initialFormState);

  const eligible = props.people.filter((p) => p.dose);
  const ineligible = props.people.filter((p) => !p.dose);
  const echoedPeople = typeof state.data?.beneficiaryIds === "string" ? state.data.beneficiaryIds.split(",").filter(Boolean) : undefined;
  const chosen = new Set(echoedPeople ?? (props.preselect ? [props.preselect] : eligible.length === 1 ? [eligible[0]!.id] : []));
  const chosenSlot = state.values?.slotId ?? "";
  const refusedReason = new Map((state.refused ?? []).map((r) => [r.beneficiaryId, r.text]));
  const alternatives = state.alternatives;
  const slots: BookingSlot[] = alternatives
    ? alternatives.slots.map((s) => ({ id: s.slotId, time: formatSlot(s.startsAt, s.endsAt), free: s.free }))
    : props.slots;
  const forParam = chosen.size === 1 ? `?for=${[...chosen][0]}` : "";

  const items: ErrorSummaryItem[] = [];
  if (state.fieldErrors?.beneficiaryIds?.[0]) items.push({ text: state.fieldErrors.beneficiaryIds[0], href: `#${ids.people}` });
  if (state.fieldErrors?.slotId?.[0]) items.push({ text: state.fieldErrors.slotId[0], href: `#${ids.slot}` });
  const formLevel = !state.ok && state.message && items.length === 0 && !alternatives;
  if (formLevel && !state.signInHref) items.push({ text: state.message! });
  // A new answer resets the checked boxes to what the server echoed.
  const answerKey = JSON.stringify([state.message, state.data, state.values?.slotId]);

  return (
    <form action={formAction} className="space-y-6" key={answerKey}>
      <ErrorSummary items={items} heading={tv("summary.title")} titleTemplate={tv.raw("summary.pageTitle") as string} />
      {state.signInHref ? <FormStateMessage state={state} /> : null}
      <input type="hidden" name="sessionId" value={props.sessionId} />
      <input type="hidden" name="bookingKey" value={props.bookingKey} />

      {alternatives ? (
        <div role="alert" className="rounded-md border-4 border-amber-500 bg-amber-50 p-4">
          <p className="font-bold text-slate-900">{state.message}</p>
        </div>
      ) : null}

      <fieldset className="flex flex-col gap-2" aria-describedby="booking-people-hint">
        <legend className="text-lg font-semibold text-slate-900">{t("people")}</legend>
        <p id="booking-people-hint" className="text-slate-600">
          {t("peopleHint", { max: props.maxPeople })}
        </p>
        {state.fieldErrors?.beneficiaryIds?.[0] ? <p className="font-semibold text-danger-700">{state.fieldErrors.beneficiaryIds[0]}</p> : null}
        {eligible.length === 0 ? <p>{t("noPeople")}</p> : null}
        {eligible.map((person, index) => (
          <div key={person.id} className="flex min-h-11 items-start gap-3">
            <input
              id={index === 0 ? ids.people : `booking-person-${person.id}`}
              type="checkbox"
              name="beneficiaryIds"
              value={person.id}
              defaultChecked={chosen.has(person.id)}
              aria-describedby={refusedReason.has(person.id) ? `booking-refused-${person.id}` : undefined}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <label htmlFor={index === 0 ? ids.people : `booking-person-${person.id}`} className="flex flex-col">
              <span className="font-semibold text-slate-900">
                <DataText>{person.name}</DataText>
              </span>
              <span className="text-slate-600">{person.dose}</span>
              {refusedReason.has(person.id) ? (
                <span id={`booking-refused-${person.id}`} className="font-semibold text-danger-700">
                  {refusedReason.get(person.id)}
                </span>
              ) : null}
            </label>
          </div>
        ))}
        {ineligible.length > 0 ? (
          <div className="mt-2">
            <h3 className="font-semibold text-slate-900">{t("cannotBook")}</h3>
            <ul className="flex flex-col gap-1">
              {ineligible.map((person) => (
                <li key={person.id}>
                  <span className="font-semibold">
                    <DataText>{person.name}</DataText>
                  </span>
                  : {person.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {props.people.length === 0 ? (
          <Link href={`/account/beneficiaries/new?book=${props.sessionId}`} className="text-brand-700 underline">
            {t("addPerson")}
          </Link>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-1" aria-describedby="booking-slot-hint">
        <legend className="text-lg font-semibold text-slate-900">{t("slot")}</legend>
        <p id="booking-slot-hint" className="text-slate-600">
          {t("slotHint")}
        </p>
        {state.fieldErrors?.slotId?.[0] ? <p className="font-semibold text-danger-700">{state.fieldErrors.slotId[0]}</p> : null}
        {slots.every((s) => s.free <= 0) ? <p>{t("noSlots")}</p> : null}
        {slots.map((slot, index) => (
          <div key={slot.id} className="flex min-h-11 items-center gap-2">
            <input
              id={index === 0 ? ids.slot : `booking-slot-${slot.id}`}
              type="radio"
              name="slotId"
              value={slot.id}
              disabled={slot.free <= 0}
              defaultChecked={chosenSlot === slot.id}
              className="size-5 accent-brand-700"
            />
            <label htmlFor={index === 0 ? ids.slot : `booking-slot-${slot.id}`} className={slot.free <= 0 ? "text-slate-500" : undefined}>
              {t("slotOption", { time: slot.time, free: Math.max(0, slot.free) })}
            </label>
          </div>
        ))}
      </fieldset>

      {alternatives ? (
        <section aria-labelledby="booking-other-sessions" className="space-y-2">
          <h2 id="booking-other-sessions" className="text-lg font-semibold text-slate-900">
            {t("otherSessions")}
          </h2>
          {alternatives.sessions.length === 0 ? <p>{t("noAlternatives")}</p> : null}
          <ul className="flex flex-col gap-2">
            {alternatives.sessions.map((s) => (
              <li key={s.sessionId}>
                <Link href={`/account/book/${s.sessionId}${forParam}`} className="text-brand-700 underline">
                  {t.rich("otherSession", {
                    centre: s.facilityName,
                    data: dataTag,
                    date: formatDay(s.date, locale),
                    time: formatSlot(s.startsAt, s.endsAt),
                    free: s.free,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending} disabled={eligible.length === 0}>
          {pending ? t("pending") : t("confirm")}
        </Button>
        <ButtonLink href="/account" variant="secondary">
          {t("back")}
        </ButtonLink>
      </div>
    </form>
  );
}
