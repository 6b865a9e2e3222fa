"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useCallback } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { dataLocale } from "@/lib/i18n/locales";
import { receiveBatchAction } from "@/lib/stock/actions";

type ReceiveValues = { vaccineCode: string; lot: string; expiresOn: string; doses: string };

const fieldOrder = ["vaccineCode", "lot", "expiresOn", "doses"] as const;

/** Records a received batch; a plain form (it works without JavaScript) that keeps what was typed when refused. */
export function ReceiveBatchForm({ vaccines, today }: { vaccines: readonly { code: string; name: string }[]; today: string }) {
  const t = useTranslations("stock.receive");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(receiveBatchAction, initialFormState);
  const echoed = state.values ?? {};
  const values: ReceiveValues = { vaccineCode: echoed.vaccineCode ?? "", lot: echoed.lot ?? "", expiresOn: echoed.expiresOn ?? "", doses: echoed.doses ?? "" };
  const loadSchema = useCallback(() => import("@/lib/stock/schemas").then((schemas) => schemas.receiveBatchSchema(today)), [today]);
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, values, "receive");
  const { register } = form;

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-5">
      <ErrorSummary {...summary(fieldOrder)} />
      <SelectField
        label={t("vaccine")}
        placeholder={t("chooseVaccine")}
        options={vaccines.map((v) => ({ value: v.code, label: v.name, ...(locale === dataLocale ? {} : { lang: dataLocale }) }))}
        defaultValue={values.vaccineCode}
        containerClassName="max-w-md"
        {...field("vaccineCode")}
        {...register("vaccineCode")}
      />
      <TextField
        label={t("lot")}
        hint={t("lotHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        defaultValue={values.lot}
        containerClassName="max-w-md"
        {...field("lot")}
        {...register("lot")}
      />
      <TextField
        type="date"
        label={t("expiresOn")}
        hint={t("expiresOnHint")}
        min={today}
        defaultValue={values.expiresOn}
        containerClassName="max-w-60"
        {...field("expiresOn")}
        {...register("expiresOn")}
      />
      <TextField
        label={t("doses")}
        hint={t("dosesHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.doses}
        containerClassName="max-w-60"
        {...field("doses")}
        {...register("doses")}
      />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
