import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/form-message";
import type { ChangeRefusal } from "@/lib/appointments/change-rules";

/** Why this appointment can no longer change, with the way back. */
export async function ManageRefusal({ refusal }: { refusal: ChangeRefusal }) {
  const t = await getTranslations("booking");
  const message =
    refusal.reason === "notActive"
      ? t(`failure.notActive.${refusal.status}`)
      : refusal.reason === "rescheduleLimit"
        ? t("failure.rescheduleLimit", { limit: refusal.limit })
        : t("failure.started");
  return (
    <div className="space-y-4">
      <FormMessage variant="error">{message}</FormMessage>
      <ButtonLink href="/account" variant="secondary">
        {t("manage.back")}
      </ButtonLink>
    </div>
  );
}
