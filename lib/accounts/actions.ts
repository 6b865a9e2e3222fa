"use server";

import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { clientIp } from "@/lib/audit/record";
import { publicAction } from "@/lib/auth/action";
import { citizenCodeSchema, citizenMobileSchema } from "@/lib/auth/schemas";
import { getCountryPack } from "@/lib/country";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { getSmsSender } from "@/lib/messaging";
import { requestOtp } from "./otp";
import { maskMobile, normaliseMobile } from "./phone";

const sendCode = publicAction(citizenMobileSchema, async (input, { formData }) => {
  const pack = getCountryPack();
  const t = await getTranslations("auth.citizen");
  const tv = await getTranslations("validation");
  const mobile = normaliseMobile(input.mobile, pack.phone);
  if (!mobile) return { ok: false, fieldErrors: { mobile: [tv("mobile.invalid")] }, values: formValues(formData) };

  const result = await requestOtp(await getDb(), { mobile, ip: clientIp(await headers()), rules: pack.otp });
  if (result.status === "too_soon") {
    return { ok: true, message: t("tooSoon", { seconds: result.retryAfterSeconds }), values: { mobile }, data: codeStep(mobile, result.retryAfterSeconds) };
  }
  if (result.status === "rate_limited") return { ok: false, message: t("rateLimited"), values: formValues(formData) };

  const minutes = Math.round(pack.otp.validSeconds / 60);
  try {
    await (await getSmsSender()).send({ to: mobile, text: t("sms", { code: result.code, minutes }) });
  } catch {
    return { ok: false, message: t("sendFailed"), values: formValues(formData) };
  }
  return { ok: true, message: t("codeSent", { mobile: maskMobile(mobile, pack.phone), minutes }), values: { mobile }, data: codeStep(mobile, result.resendAfterSeconds) };
});

function codeStep(mobile: string, resendAfterSeconds: number) {
  return { step: "code", mobile, resendAfterSeconds, sentAt: Date.now() };
}

/** Step one: a mobile number in, a code out by SMS. The same answer for known and unknown numbers. */
export async function sendCitizenCode(previous: FormState, formData: FormData): Promise<FormState> {
  return sendCode(previous, formData);
}

/** Step two: the code in, a session out (through the Auth.js "otp" provider). */
export async function verifyCitizenCode(previous: FormState, formData: FormData): Promise<FormState> {
  const pack = getCountryPack();
  const verify = publicAction(citizenCodeSchema(pack.otp.length), async (input) => {
    try {
      await signIn("otp", { mobile: input.mobile, code: input.code, redirectTo: "/account" });
    } catch (error) {
      // signIn redirects by throwing; only a refused code is an expected outcome here.
      if (!(error instanceof CredentialsSignin)) throw error;
      const t = await getTranslations("auth.citizen");
      const [reason, attempts] = error.code.split(":");
      const message =
        reason === "wrong" ? t("wrongCode", { attempts: Number(attempts) }) : reason === "burned" ? t("burnedCode") : t("expiredCode");
      return { ok: false, message, values: { mobile: input.mobile }, data: { step: "code", mobile: input.mobile, resendAfterSeconds: 0, sentAt: Date.now() } };
    }
    return { ok: true };
  });
  return verify(previous, formData);
}
