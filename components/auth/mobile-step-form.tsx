"use client";

import { useTranslations } from "next-intl";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms/form-state";

interface Props {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  example: string;
}

const loadSchema = () => import("@/lib/auth/schemas").then((schemas) => schemas.citizenMobileSchema);

export function MobileStepForm({ state, formAction, pending, example }: Props) {
  const t = useTranslations("auth.citizen");
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, { mobile: state.values?.mobile ?? "" }, "sign-in");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4">
      <ErrorSummary {...summary(["mobile"])} />
      <TextField
        label={t("mobile")}
        hint={t("mobileHint", { example })}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        defaultValue={state.values?.mobile}
        {...field("mobile")}
        {...form.register("mobile")}
      />
      <Button type="submit" pending={pending}>
        {pending ? t("sending") : t("sendCode")}
      </Button>
    </form>
  );
}
