"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { signInStaff } from "@/lib/auth/actions";
import { staffSignInSchema } from "@/lib/auth/schemas";
import { initialFormState } from "@/lib/forms/form-state";

/** `callbackUrl`: a safe, same-site path to return to after signing in. */
export function StaffSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.staff");
  const [state, formAction, pending] = useActionState(signInStaff, initialFormState);
  const { form, onSubmit, fieldError } = useValidatedForm(staffSignInSchema, formAction, state, {
    username: state.values?.username ?? "",
    password: "",
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {state.message && <FormMessage variant="error">{state.message}</FormMessage>}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        label={t("username")}
        // Server-rendered too, so a failed submit without JavaScript keeps the username.
        defaultValue={state.values?.username}
        autoComplete="username"
        autoCapitalize="none"
        error={fieldError("username")}
        {...form.register("username")}
      />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={fieldError("password")} {...form.register("password")} />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
