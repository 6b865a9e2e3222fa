"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { removeBeneficiary } from "@/lib/beneficiaries/actions";

export function RemoveBeneficiaryForm({ beneficiaryId }: { beneficiaryId: string }) {
  const t = useTranslations("account.remove");
  return (
    <ConfirmActionForm
      action={removeBeneficiary}
      fields={{ beneficiaryId }}
      labels={{ confirm: t("confirm"), pending: t("pending"), back: t("cancel") }}
      backHref="/account"
    />
  );
}
