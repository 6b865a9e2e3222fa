import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { verifyOtp } from "@/lib/accounts/otp";
import { clientIp } from "@/lib/audit/record";
import { getCountryPack } from "@/lib/country";

/** Carries the reason to the sign-in action ("wrong:3", "expired", "burned"); Auth.js passes `code` through. */
class OtpRefused extends CredentialsSignin {
  constructor(reason: string) {
    super();
    this.code = reason;
  }
}

const credentialsSchema = z.object({ mobile: z.string().regex(/^\+[1-9][0-9]{6,14}$/), code: z.string().regex(/^[0-9]{4,8}$/) });

/** Citizen sign-in: a mobile number (already normalised to E.164) and the code sent to it. */
export const citizenOtpProvider = Credentials({
  id: "otp",
  credentials: { mobile: {}, code: {} },
  async authorize(raw, request) {
    const parsed = credentialsSchema.safeParse(raw);
    if (!parsed.success) throw new OtpRefused("expired");
    const result = await verifyOtp(await getDb(), { ...parsed.data, ip: clientIp(request.headers), rules: getCountryPack().otp });
    if (!result.ok) throw new OtpRefused(result.reason === "wrong" ? `wrong:${result.attemptsLeft}` : result.reason);
    const principal = { kind: "citizen" as const, accountId: result.accountId, mobile: result.mobile };
    return { id: result.accountId, principal, sessionVersion: result.sessionVersion };
  },
});
