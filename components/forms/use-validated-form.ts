"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useTranslations } from "next-intl";
import { startTransition, useMemo, type FormEvent } from "react";
import { useForm, type FieldError, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ErrorSummaryItem, ErrorSummaryProps } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-state";
import { issueField, issueMessage, type HasKey, type Translate } from "@/lib/forms/parse";

/**
 * Checks what the inputs hold (`V`, usually strings) with the schema and words each problem exactly as the
 * server does (lib/forms/parse.ts), so the browser and a no-JavaScript post read alike. The schema's output
 * is not needed here: the form posts its own FormData, which the server action parses again.
 */
function resolverFor<V extends FieldValues>(schema: () => Promise<z.ZodType>, t: Translate, has: HasKey): Resolver<V> {
  return async (values, _context, options) => {
    let parsed;
    try {
      parsed = await (await schema()).safeParseAsync(values);
    } catch {
      // The validation code could not be loaded (a dropped connection): the server checks the post anyway.
      return { values, errors: {} };
    }
    if (parsed.success) return { values, errors: {} };
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
 * `loadSchema` imports the schema (`() => import("@/lib/…/schemas").then(…)`): zod then loads while the
 * person fills the form (from the first focus) instead of delaying every page that has one.
 * `idPrefix` names the fields (`<prefix>-<field>`), so the error summary can link to each one.
 */
export function useValidatedForm<V extends FieldValues>(
  loadSchema: () => Promise<z.ZodType>,
  formAction: (formData: FormData) => void,
  state: FormState,
  values: V,
  idPrefix: string,
) {
  const tv = useTranslations("validation");
  // Loaded once; a failed load is tried again next time.
  const schema = useMemo(() => {
    let loaded: Promise<z.ZodType> | undefined;
    return () =>
      (loaded ??= loadSchema().catch((error: unknown) => {
        loaded = undefined;
        throw error;
      }));
  }, [loadSchema]);
  const resolver = useMemo(() => resolverFor<V>(schema, tv, tv.has), [schema, tv]);
  // Focus goes to the error summary, not the first field, so every problem is heard first.
  const form = useForm<V>({ resolver, values, resetOptions: { keepDirtyValues: true }, shouldFocusError: false });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(element))))(event);
  };

  /** Start loading the schema as soon as the person reaches the form. */
  const onFocus = () => void schema().catch(() => undefined);

  /** Errors found in the browser, else the server's last answer. */
  const fieldError = (field: Path<V>): string | undefined => {
    const own = form.formState.errors[field]?.message;
    return typeof own === "string" ? own : state.fieldErrors?.[field]?.[0];
  };

  const fieldId = (field: Path<V>) => `${idPrefix}-${field}`;

  /** Props for a field: its id and its error. */
  const field = (name: Path<V>) => ({ id: fieldId(name), error: fieldError(name) });

  /** The error summary: an item per field in the order they appear; a form-level message when no field is at fault. */
  const summary = (order: readonly Path<V>[]): ErrorSummaryProps => {
    const items: ErrorSummaryItem[] = order.flatMap((name) => {
      const text = fieldError(name);
      return text ? [{ text, href: `#${fieldId(name)}` }] : [];
    });
    if (items.length === 0 && !state.ok && state.message) {
      items.push({ text: state.message });
      // The session ended: the way back is to sign in and return to this page.
      if (state.signInHref) items.push({ text: tv("form.signInAgain"), href: state.signInHref });
    }
    return { items, heading: tv("summary.title"), titleTemplate: tv.raw("summary.pageTitle") as string };
  };

  return { form, onSubmit, onFocus, fieldError, field, summary };
}
