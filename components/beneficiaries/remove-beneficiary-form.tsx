"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormStateMessage } from "@/components/ui/form-state-message";
import { removeBeneficiary } from "@/lib/beneficiaries/actions";
import { initialFormState } from "@/lib/forms/form-state";

/** The confirmation step: a plain form, so it works before (or without) JavaScript. */
export function RemoveBeneficiaryForm({ beneficiaryId }: { beneficiaryId: string }) {
  const t = useTranslations("account.remove");
  const [state, formAction, pending] = useActionState(removeBeneficiary, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.ok && state.message) messageRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="space-y-5">
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormStateMessage state={state} />
      </div>
      <input type="hidden" name="beneficiaryId" value={beneficiaryId} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? t("pending") : t("confirm")}
        </Button>
        <ButtonLink href="/account" variant="secondary">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
