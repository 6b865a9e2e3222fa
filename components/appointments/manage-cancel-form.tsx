"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormStateMessage } from "@/components/ui/form-state-message";
import { cancelAppointmentAction } from "@/lib/appointments/change-actions";
import { initialFormState } from "@/lib/forms/form-state";

/** The confirmation step: a plain form, so it works before (or without) JavaScript. */
export function ManageCancelForm({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("booking.manage");
  const [state, formAction, pending] = useActionState(cancelAppointmentAction, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.ok && state.message) messageRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="space-y-5">
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormStateMessage state={state} />
      </div>
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? t("cancelPage.pending") : t("cancelPage.confirm")}
        </Button>
        <ButtonLink href="/account" variant="secondary">
          {t("cancelPage.keep")}
        </ButtonLink>
      </div>
    </form>
  );
}
