import type { Db } from "@/db";
import type { OtpRules } from "@/lib/country/types";
import type { SmsSender } from "@/lib/messaging/types";
import type { RateLimitStore } from "@/lib/rate-limit/types";
import { requestOtp, withdrawOtp, type OtpRequestResult } from "./otp";

export type SendCodeResult =
  | { status: "sent"; sentAt: Date; resendAfterSeconds: number; demoCode?: string }
  | Exclude<OtpRequestResult, { status: "sent" }>
  | { status: "send_failed" };

interface SendCodeRequest {
  mobile: string;
  ip: string | null;
  rules: OtpRules;
  sender: SmsSender;
  /** The SMS text for a code. */
  text: (code: string) => string;
  now?: Date;
  rateStore?: RateLimitStore;
}

/**
 * Issues a sign-in code and sends it. With the development sender nothing leaves the server, so the code
 * goes back to this request only — the visitor who asked for it, on their own sign-in step — and to no list.
 */
export async function sendSignInCode(db: Db, { mobile, ip, rules, sender, text, now, rateStore }: SendCodeRequest): Promise<SendCodeResult> {
  const issued = await requestOtp(db, { mobile, ip, rules, now, rateStore });
  if (issued.status !== "sent") return issued;
  try {
    await sender.send({ to: mobile, text: text(issued.code) });
  } catch {
    await withdrawOtp(db, issued.challengeId);
    return { status: "send_failed" };
  }
  const sent = { status: "sent", sentAt: issued.sentAt, resendAfterSeconds: issued.resendAfterSeconds } as const;
  return sender.name === "dev" ? { ...sent, demoCode: issued.code } : sent;
}
