/** What every form action returns for an expected outcome. Unexpected failures throw. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, echoed back so a failed submit loses nothing (secrets are left out). */
  values?: Record<string, string>;
  /** Extra facts for the next step of a multi-step form (e.g. seconds until a code may be resent). */
  data?: Record<string, string | number>;
  /** Set when the session ended: sign in here and come back to the form's page. */
  signInHref?: string;
}

export const initialFormState: FormState = { ok: false };

const SECRET_FIELDS = new Set(["password", "otp", "code"]);

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  return values;
}
