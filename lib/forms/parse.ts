import type { z } from "zod";
import type { FormState } from "./form-state";
import { formValues } from "./form-state";

type Translate = (key: string) => string;
type HasKey = (key: string) => boolean;

/**
 * Schemas carry message keys (e.g. "required"); this turns them into translated field errors.
 * A key the catalogue lacks falls back to the generic "invalid" message rather than leaking a raw key.
 */
export function fieldErrorsFrom(error: z.ZodError, t: Translate, has: HasKey): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const message = has(issue.message) ? t(issue.message) : t("invalid");
    (fieldErrors[field] ??= []).push(message);
  }
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
