"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { signInStaff } from "@/lib/auth/actions";
import { staffSignInSchema, type StaffSignInInput } from "@/lib/auth/schemas";
import { initialFormState } from "@/lib/forms/form-state";

export function StaffSignInForm() {
  const t = useTranslations("auth.staff");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(signInStaff, initialFormState);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<StaffSignInInput>({
    resolver: zodResolver(staffSignInSchema),
    values: { username: state.values?.username ?? "", password: "" },
    resetOptions: { keepDirtyValues: true },
  });

  // Client errors carry catalogue keys; server errors arrive translated.
  const fieldError = (field: keyof StaffSignInInput) => {
    const key = errors[field]?.message;
    return key ? tv(key) : state.fieldErrors?.[field]?.[0];
  };

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // Validate in the browser first; the same schema runs again on the server.
        const form = event.currentTarget;
        void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
      }}
      noValidate
      className="space-y-4"
    >
      {state.message && <FormMessage variant="error">{state.message}</FormMessage>}
      <TextField
        label={t("username")}
        // Server-rendered too, so a failed submit without JavaScript keeps the username.
        defaultValue={state.values?.username}
        autoComplete="username" autoCapitalize="none" error={fieldError("username")} {...register("username")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={fieldError("password")} {...register("password")} />
      <Button type="submit" pending={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
