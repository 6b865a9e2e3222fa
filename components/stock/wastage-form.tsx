"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { recordWastageAction } from "@/lib/stock/actions";

type WastageValues = { batchId: string; wastageKey: string; doses: string; reason: string };

const fieldOrder = ["doses", "reason"] as const;
const loadSchema = () => import("@/lib/stock/schemas").then((schemas) => schemas.wastageSchema);

/**
 * Records wasted doses of one batch. `wastageKey` is fresh per page view: a doubled or retried submit
 * carries the same key and is recorded once.
 */
export function WastageForm({ batchId, wastageKey, left }: { batchId: string; wastageKey: string; left: number }) {
  const t = useTranslations("stock.wastage");
  const [state, formAction, pending] = useActionState(recordWastageAction, initialFormState);
  const echoed = state.values ?? {};
  const values: WastageValues = { batchId, wastageKey, doses: echoed.doses ?? "", reason: echoed.reason ?? "" };
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "wastage");
  const { register } = form;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(fieldOrder)} />
      <input type="hidden" {...register("batchId")} defaultValue={batchId} />
      <input type="hidden" {...register("wastageKey")} defaultValue={wastageKey} />
      <TextField
        label={t("doses")}
        hint={t("dosesHint", { left })}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.doses}
        containerClassName="max-w-60"
        {...field("doses")}
        {...register("doses")}
      />
      <TextField label={t("reason")} hint={t("reasonHint")} maxLength={200} defaultValue={values.reason} {...field("reason")} {...register("reason")} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" pending={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
        <ButtonLink href="/staff/stock" variant="secondary">
          {t("back")}
        </ButtonLink>
      </div>
    </form>
  );
}
