"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { cancelAppointmentAction } from "@/lib/appointments/change-actions";

export function ManageCancelForm({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("booking.manage");
  return (
    <ConfirmActionForm
      action={cancelAppointmentAction}
      fields={{ appointmentId }}
      labels={{ confirm: t("cancelPage.confirm"), pending: t("cancelPage.pending"), back: t("cancelPage.keep") }}
      backHref="/account"
    />
  );
}
