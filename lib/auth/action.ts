import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb, type Db } from "@/db";
import type { StaffRole } from "@/db/schema";
import type { FormState } from "@/lib/forms/form-state";
import { parseFormData } from "@/lib/forms/parse";
import type { CitizenPrincipal, StaffPrincipal } from "./principal";
import { areaHome, returnPathFromReferer, signInHref } from "./return-path";
import { currentCitizen, currentStaff } from "./session";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The session ended mid-form: say so, with a way to sign in that comes back to the page the form is on.
 * A form posted without JavaScript gets the sign-in page at once: the page it came from needs a session
 * to render the answer, and its own redirect would repeat the POST at the sign-in page.
 */
async function sessionEnded(area: keyof typeof areaHome, message: string): Promise<FormState> {
  const request = await headers();
  const page = returnPathFromReferer(request.get("referer"), areaHome[area]);
  if (!request.has("next-action")) redirect(signInHref(area, page, { sessionEnded: true }));
  return { ok: false, message, signInHref: signInHref(area, page) };
}

interface StaffActionOptions<S extends z.ZodType> {
  schema: S;
  roles: readonly StaffRole[];
  /** Record-level scope check (e.g. "is this facility mine?"), run after parsing and before the body. */
  authorize?: (input: z.output<S>, staff: StaffPrincipal, db: Db) => Promise<boolean>;
}

/**
 * Every staff mutation goes through here: authenticate → role → validate → scope → body.
 * The body cannot run for a visitor who is signed out, in the wrong role, or out of scope.
 */
export function staffAction<S extends z.ZodType>(
  options: StaffActionOptions<S>,
  body: (input: z.output<S>, context: { staff: StaffPrincipal; db: Db }) => Promise<FormState>,
): FormAction {
  return async (_previous, formData) => {
    const t = await getTranslations("validation");
    const staff = await currentStaff();
    if (!staff) return sessionEnded("staff", t("form.signInRequired"));
    if (!options.roles.includes(staff.role)) return { ok: false, message: t("form.forbidden") };
    const parsed = parseFormData(options.schema, formData, t, t.has);
    if (!parsed.ok) return parsed.state;
    const db = await getDb();
    if (options.authorize && !(await options.authorize(parsed.data, staff, db))) {
      return { ok: false, message: t("form.forbidden") };
    }
    return body(parsed.data, { staff, db });
  };
}

/**
 * Every citizen mutation goes through here: authenticate → validate → body. Ids in the input are only
 * references: the body re-reads each row filtered by `citizen.accountId`.
 */
export function citizenAction<S extends z.ZodType>(
  schema: S,
  body: (input: z.output<S>, context: { citizen: CitizenPrincipal; db: Db }) => Promise<FormState>,
): FormAction {
  return async (_previous, formData) => {
    const t = await getTranslations("validation");
    const citizen = await currentCitizen();
    if (!citizen) return sessionEnded("citizen", t("form.signInRequired"));
    const parsed = parseFormData(schema, formData, t, t.has);
    if (!parsed.ok) return parsed.state;
    return body(parsed.data, { citizen, db: await getDb() });
  };
}

/** For forms open to anyone (sign-in): validation only. */
export function publicAction<S extends z.ZodType>(
  schema: S,
  body: (input: z.output<S>, context: { formData: FormData }) => Promise<FormState>,
): FormAction {
  return async (_previous, formData) => {
    const t = await getTranslations("validation");
    const parsed = parseFormData(schema, formData, t, t.has);
    if (!parsed.ok) return parsed.state;
    return body(parsed.data, { formData });
  };
}
