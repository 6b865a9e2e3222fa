"use server";

import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { publicAction } from "@/lib/auth/action";
import { areaHome, safeReturnPath } from "@/lib/auth/return-path";
import { citizenCodeSchema, citizenMobileSchema } from "@/lib/auth/schemas";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { resendStatus } from "./otp";
import { refusalMessage } from "./refusal-message";
import { maskMobile, normaliseMobile } from "./phone";
import { sendSignInSms } from "./send-code-sms";

/**
 * What the code step shows, from the server's own records: where the code went, when, and how long a new
 * one must wait (from when the code was sent, whatever happened since).
 */
function codeStep(mobile: string, sentAt: Date | undefined, resendAfterSeconds: number) {
  return {
    step: "code",
    mobile,
    sentTo: maskMobile(mobile, getCountryPack().phone),
    sentAt: sentAt?.getTime() ?? 0,
    resendAfterSeconds,
  };
}

const sendCode = publicAction(citizenMobileSchema, async (input, { formData }) => {
  const pack = getCountryPack();
  const t = await getTranslations("auth.citizen");
  const tv = await getTranslations("validation");
  const mobile = normaliseMobile(input.mobile, pack.phone);
  if (!mobile) return { ok: false, fieldErrors: { mobile: [tv("mobile.invalid")] }, values: formValues(formData) };

  const result = await sendSignInSms(mobile);
  switch (result.status) {
    case "rate_limited":
      return { ok: false, message: t("rateLimited"), values: formValues(formData) };
    case "send_failed":
      return { ok: false, message: t("sendFailed"), values: formValues(formData) };
    case "too_soon":
      // Nothing was sent: say so, and keep counting down from the code that was.
      return { ok: false, message: t("tooSoon", { seconds: result.retryAfterSeconds }), values: { mobile }, data: codeStep(mobile, result.sentAt, result.retryAfterSeconds) };
    case "sent": {
      const data = codeStep(mobile, result.sentAt, result.resendAfterSeconds);
      // Only with the development sender: this visitor's own code, in this answer only.
      return { ok: true, values: { mobile }, data: result.demoCode ? { ...data, demoCode: result.demoCode } : data };
    }
  }
});

/** Step one: a mobile number in, a code out by SMS. The same answer for known and unknown numbers. */
export async function sendCitizenCode(previous: FormState, formData: FormData): Promise<FormState> {
  return sendCode(previous, formData);
}

/** Step two: the code in, a session out (through the Auth.js "otp" provider), back to where the person was going. */
export async function verifyCitizenCode(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const verify = publicAction(citizenCodeSchema(pack.otp.length), async (input) => {
    try {
      const redirectTo = safeReturnPath(formData.get("callbackUrl"), areaHome.citizen);
      await signIn("otp", { mobile: input.mobile, code: input.code, redirectTo });
    } catch (error) {
      // signIn redirects by throwing; only a refused code is an expected outcome here.
      if (!(error instanceof CredentialsSignin)) throw error;
      return { ok: false, fieldErrors: { code: [await refusalMessage(error.code)] }, values: { mobile: input.mobile } };
    }
    return { ok: true };
  });
  const state = await verify(previous, formData);
  // Whatever went wrong, the code step stays as it was: where the code went and the real resend wait.
  const mobile = normaliseMobile(String(formData.get("mobile") ?? ""), pack.phone);
  if (state.ok || !mobile) return state;
  const status = await resendStatus(await getDb(), mobile, pack.otp);
  return { ...state, values: { ...state.values, mobile }, data: codeStep(mobile, status?.sentAt, status?.resendAfterSeconds ?? 0) };
}
