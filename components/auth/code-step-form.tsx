"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { citizenCodeSchema } from "@/lib/auth/schemas";
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
  const schema = useMemo(() => citizenCodeSchema(codeLength), [codeLength]);
  const { form, onSubmit, fieldError } = useValidatedForm(schema, formAction, state, { mobile, code: "" });

  // A refused code is announced through the field it belongs to: focus brings its error with it.
  useEffect(() => {
    if (state.fieldErrors?.code) form.setFocus("code");
  }, [state, form]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" value={mobile} {...form.register("mobile")} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={codeLength}
        autoFocus
        error={fieldError("code")}
        {...form.register("code")}
      />
      <Button type="submit" pending={pending}>
        {pending ? t("verifying") : t("verify")}
      </Button>
    </form>
  );
}
