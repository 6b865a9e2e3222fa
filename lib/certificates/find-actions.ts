"use server";

import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { refusalMessage } from "@/lib/accounts/refusal-message";
import { sendSignInSms } from "@/lib/accounts/send-code-sms";
import { publicAction } from "@/lib/auth/action";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { mobileForReference } from "./find";
import { findByReferenceSchema, findCodeSchema } from "./schemas";

// Certificates for anyone who has a Reference ID and the phone it is registered under: the code goes to that
// phone (the sign-in machinery, with its limits), and the right code signs that account in. Whoever typed the
// Reference ID never learns the number, nor whether the ID exists — and never sees a development code.

const codeStep = (referenceId: string) => ({ step: "code", referenceId });

const sendCode = publicAction(findByReferenceSchema, async ({ referenceId }, { formData }) => {
  const t = await getTranslations("auth.citizen");
  const mobile = await mobileForReference(await getDb(), referenceId);
  if (!mobile) return { ok: true, values: { referenceId }, data: codeStep(referenceId) };
  const result = await sendSignInSms(mobile);
  switch (result.status) {
    case "rate_limited":
      return { ok: false, message: t("rateLimited"), values: formValues(formData) };
    case "send_failed":
      return { ok: false, message: t("sendFailed"), values: formValues(formData) };
    case "too_soon":
      return { ok: false, message: t("tooSoon", { seconds: result.retryAfterSeconds }), values: { referenceId }, data: codeStep(referenceId) };
    case "sent":
      return { ok: true, values: { referenceId }, data: codeStep(referenceId) };
  }
});

/** Step one: a Reference ID in, a code out to the mobile it is registered under. */
export async function sendCertificateCode(previous: FormState, formData: FormData): Promise<FormState> {
  return sendCode(previous, formData);
}

/** Step two: the code in; the account that registered the person is signed in and lands on its family page. */
export async function verifyCertificateCode(previous: FormState, formData: FormData): Promise<FormState> {
  const verify = publicAction(findCodeSchema(getCountryPack().otp.length), async ({ referenceId, code }) => {
    const mobile = await mobileForReference(await getDb(), referenceId);
    const refused = async (reason: string) => ({ ok: false, fieldErrors: { code: [await refusalMessage(reason)] }, values: { referenceId }, data: codeStep(referenceId) });
    if (!mobile) return refused("expired");
    try {
      await signIn("otp", { mobile, code, redirectTo: "/account" });
    } catch (error) {
      // signIn redirects by throwing; only a refused code is an expected outcome here.
      if (!(error instanceof CredentialsSignin)) throw error;
      return refused(error.code);
    }
    return { ok: true };
  });
  const state = await verify(previous, formData);
  const referenceId = String(formData.get("referenceId") ?? "");
  return state.ok || state.data ? state : { ...state, data: codeStep(referenceId) };
}
