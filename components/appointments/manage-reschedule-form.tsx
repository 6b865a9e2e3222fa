"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormStateMessage } from "@/components/ui/form-state-message";
import { rescheduleAppointmentAction } from "@/lib/appointments/change-actions";
import { initialFormState } from "@/lib/forms/form-state";

/**
 * The choices come rendered from the server (children), so the form works without JavaScript; after a
 * "just taken" answer the page is read again and the choices are the next free ones.
 */
export function ManageRescheduleForm({ appointmentId, children }: { appointmentId: string; children: ReactNode }) {
  const t = useTranslations("booking.manage");
  const [state, formAction, pending] = useActionState(rescheduleAppointmentAction, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.ok && state.message) messageRef.current?.focus();
  }, [state]);

  const fieldError = state.fieldErrors?.target?.[0];
  return (
    <form action={formAction} className="space-y-5">
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormStateMessage state={fieldError ? { ok: false, message: fieldError } : state} />
      </div>
      <input type="hidden" name="appointmentId" value={appointmentId} />
      {children}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending}>
          {pending ? t("reschedulePage.pending") : t("reschedulePage.confirm")}
        </Button>
        <ButtonLink href="/account" variant="secondary">
          {t("back")}
        </ButtonLink>
      </div>
    </form>
  );
}
