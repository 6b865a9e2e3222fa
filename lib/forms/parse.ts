import type { z } from "zod";
import type { FormState } from "./form-state";
import { formValues } from "./form-state";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type HasKey = (key: string) => boolean;

/** The field an issue belongs to ("_form" when it belongs to none). */
export function issueField(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".") || "_form";
}

/**
 * Schemas carry message keys (e.g. "required"); this says what is wrong in words. A field may word a
 * key its own way (`fields.<field>.<key>`: "Enter the full name" rather than "This field is required"),
 * limits fill {max} and {min}, and a key the catalogue lacks falls back to "invalid" rather than leaking.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate, has: HasKey): string {
  const values: Record<string, number> = {};
  if ("maximum" in issue && typeof issue.maximum === "number") values.max = issue.maximum;
  if ("minimum" in issue && typeof issue.minimum === "number") values.min = issue.minimum;
  const ownWording = `fields.${issueField(issue)}.${issue.message}`;
  if (has(ownWording)) return t(ownWording, values);
  return has(issue.message) ? t(issue.message, values) : t("invalid");
}

export function fieldErrorsFrom(error: z.ZodError, t: Translate, has: HasKey): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issueField(issue)] ??= []).push(issueMessage(issue, t, has));
  return fieldErrors;
}

export function parseFormData<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  t: Translate,
  has: HasKey,
): { ok: true; data: z.output<S> } | { ok: false; state: FormState } {
  const raw = Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$ACTION")));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    state: { ok: false, message: t("form.invalid"), fieldErrors: fieldErrorsFrom(parsed.error, t, has), values: formValues(formData) },
  };
}
