import { randomInt } from "node:crypto";
import type { OtpRules } from "@/lib/country/types";

export function generateOtp(length: number): string {
  return String(randomInt(0, 10 ** length)).padStart(length, "0");
}

/** Seconds until another code may be sent for this number (0 = now). */
export function secondsUntilResend(lastSentAt: Date | undefined, now: Date, rules: Pick<OtpRules, "resendAfterSeconds">): number {
  if (!lastSentAt) return 0;
  const elapsed = (now.getTime() - lastSentAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(rules.resendAfterSeconds - elapsed));
}

export function otpHashInput(challengeId: string, code: string): string {
  return `${challengeId}:${code}`;
}
