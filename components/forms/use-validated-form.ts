"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, type FormEvent } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";

/**
 * A server-action form checked in the browser first with the same zod schema the server parses.
 * Without JavaScript the form posts straight to the action, which validates again.
 */
export function useValidatedForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  formAction: (formData: FormData) => void,
  state: FormState,
  values: T,
) {
  const tv = useTranslations("validation");
  const form = useForm<T>({ resolver: zodResolver(schema), values, resetOptions: { keepDirtyValues: true } });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(element))))(event);
  };

  /** Client errors carry catalogue keys; server errors arrive translated. */
  const fieldError = (field: Path<T>): string | undefined => {
    const key = form.formState.errors[field]?.message;
    return typeof key === "string" ? (tv.has(key) ? tv(key) : tv("invalid")) : state.fieldErrors?.[field]?.[0];
  };

  return { form, onSubmit, fieldError };
}
