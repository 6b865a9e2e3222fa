"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useTranslations } from "next-intl";
import { startTransition, useMemo, type FormEvent } from "react";
import { useForm, type FieldError, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-state";
import { issueField, issueMessage, type HasKey, type Translate } from "@/lib/forms/parse";

/**
 * Parses what the inputs hold (`V`, usually strings) into the schema's output, and words each problem
 * exactly as the server does (lib/forms/parse.ts), so the browser and a no-JavaScript post read alike.
 */
function resolverFor<V extends FieldValues, S extends z.ZodType>(schema: S, t: Translate, has: HasKey): Resolver<V, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      errors[issueField(issue)] ??= { type: issue.code, message: issueMessage(issue, t, has) };
    }
    return { values: {}, errors: toNestErrors<V>(errors, options) };
  };
}

/**
 * A server-action form checked in the browser first with the same zod schema the server parses. `values`
 * are what the inputs hold; the schema may coerce and transform them (its input and output types differ).
 * Without JavaScript the form posts straight to the action, which validates again.
 *
 * `idPrefix` names the fields (`<prefix>-<field>`), so the error summary can link to each one.
 */
export function useValidatedForm<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  formAction: (formData: FormData) => void,
  state: FormState,
  values: V,
  idPrefix: string,
) {
  const tv = useTranslations("validation");
  const resolver = useMemo(() => resolverFor<V, S>(schema, tv, tv.has), [schema, tv]);
  // Focus goes to the error summary, not the first field, so every problem is heard first.
  const form = useForm<V, unknown, z.output<S>>({ resolver, values, resetOptions: { keepDirtyValues: true }, shouldFocusError: false });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(element))))(event);
  };

  /** Errors found in the browser, else the server's last answer. */
  const fieldError = (field: Path<V>): string | undefined => {
    const own = form.formState.errors[field]?.message;
    return typeof own === "string" ? own : state.fieldErrors?.[field]?.[0];
  };

  const fieldId = (field: Path<V>) => `${idPrefix}-${field}`;

  /** Props for a field: its id and its error. */
  const field = (name: Path<V>) => ({ id: fieldId(name), error: fieldError(name) });

  /** The error summary's items, in the order the fields appear; a form-level message when no field is at fault. */
  const summary = (order: readonly Path<V>[]): ErrorSummaryItem[] => {
    const items: ErrorSummaryItem[] = order.flatMap((name) => {
      const text = fieldError(name);
      return text ? [{ text, href: `#${fieldId(name)}` }] : [];
    });
    if (items.length === 0 && !state.ok && state.message) items.push({ text: state.message });
    return items;
  };

  return { form, onSubmit, fieldError, field, summary };
}
