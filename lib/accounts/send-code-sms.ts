import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { clientIp } from "@/lib/audit/record";
import { getCountryPack } from "@/lib/country";
import { getSmsSender } from "@/lib/messaging";
import { sendSignInCode, type SendCodeResult } from "./send-code";

/** A sign-in code by SMS to `mobile` (E.164), from this request, with the pack's rules and the reader's wording. */
export async function sendSignInSms(mobile: string): Promise<SendCodeResult> {
  const pack = getCountryPack();
  const t = await getTranslations("auth.citizen");
  const minutes = Math.round(pack.otp.validSeconds / 60);
  return sendSignInCode(await getDb(), {
    mobile,
    ip: clientIp(await headers()),
    rules: pack.otp,
    sender: await getSmsSender(),
    text: (code) => t("sms", { code, minutes }),
  });
}
