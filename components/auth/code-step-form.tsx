"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms/form-state";

interface Props {
  mobile: string;
  codeLength: number;
  callbackUrl?: string;
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
}

export function CodeStepForm({ mobile, codeLength, callbackUrl, state, formAction, pending }: Props) {
  const t = useTranslations("auth.citizen");
  const loadSchema = useCallback(() => import("@/lib/auth/schemas").then((schemas) => schemas.citizenCodeSchema(codeLength)), [codeLength]);
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(loadSchema, formAction, state, { mobile, code: "" }, "sign-in");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4">
      <ErrorSummary {...summary(["code"])} />
      <input type="hidden" value={mobile} {...form.register("mobile")} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={codeLength}
        autoFocus
        {...field("code")}
        {...form.register("code")}
      />
      <Button type="submit" pending={pending}>
        {pending ? t("verifying") : t("verify")}
      </Button>
    </form>
  );
}
