"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn, signOut } from "@/auth";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { publicAction } from "./action";
import { areaHome, safeReturnPath } from "./return-path";
import { staffSignInSchema } from "./schemas";

const staffSignIn = publicAction(staffSignInSchema, async (input, { formData }) => {
  try {
    const redirectTo = safeReturnPath(formData.get("callbackUrl"), areaHome.staff);
    await signIn("staff", { username: input.username, password: input.password, redirectTo });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own failures are an expected outcome here.
    if (!(error instanceof AuthError)) throw error;
    const t = await getTranslations("auth.staff");
    const [reason, wait] = error instanceof CredentialsSignin ? error.code.split(":") : [];
    return { ok: false, message: reason === "throttled" ? tooManyAttempts(t, Number(wait)) : t("wrongCredentials"), values: formValues(formData) };
  }
  return { ok: true };
});

function tooManyAttempts(t: Awaited<ReturnType<typeof getTranslations<"auth.staff">>>, seconds: number): string {
  return seconds < 120 ? t("tooManyAttempts", { seconds }) : t("tooManyAttemptsMinutes", { minutes: Math.ceil(seconds / 60) });
}

export async function signInStaff(previous: FormState, formData: FormData): Promise<FormState> {
  return staffSignIn(previous, formData);
}

export async function signOutStaff(): Promise<void> {
  await signOut({ redirectTo: "/staff/sign-in?signedOut=1" });
}

export async function signOutCitizen(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
