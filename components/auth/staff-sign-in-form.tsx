"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { signInStaff } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms/form-state";

const loadSchema = () => import("@/lib/auth/schemas").then((schemas) => schemas.staffSignInSchema);

/** `callbackUrl`: a safe, same-site path to return to after signing in. */
export function StaffSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.staff");
  const [state, formAction, pending] = useActionState(signInStaff, initialFormState);
  const { form, onSubmit, onFocus, field, summary } = useValidatedForm(
    loadSchema,
    formAction,
    state,
    { username: state.values?.username ?? "", password: "" },
    "staff-sign-in",
  );

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4">
      <ErrorSummary {...summary(["username", "password"])} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        label={t("username")}
        // Server-rendered too, so a failed submit without JavaScript keeps the username.
        defaultValue={state.values?.username}
        autoComplete="username"
        autoCapitalize="none"
        {...field("username")}
        {...form.register("username")}
      />
      <TextField label={t("password")} type="password" autoComplete="current-password" {...field("password")} {...form.register("password")} />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
