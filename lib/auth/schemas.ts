import { z } from "zod";
import { withDigits } from "@/lib/forms/digits";

// Messages are keys into the "validation" catalogue, so client and server show the same translated text.
export const staffSignInSchema = z.object({
  username: z.string().trim().min(1, "required").max(64, "tooLong"),
  password: z.string().min(1, "required").max(256, "tooLong"),
});

/** Loose on purpose: the server normalises by the country's rules and answers "mobile.invalid" itself. */
export const citizenMobileSchema = z.object({
  mobile: withDigits(z.string().trim().min(1, "required").max(20, "tooLong").regex(/^[+0-9 ()-]+$/, "mobile.invalid")),
});

export function citizenCodeSchema(length: number) {
  return z.object({
    mobile: z.string().regex(/^\+[1-9][0-9]{6,14}$/, "mobile.invalid"),
    code: withDigits(z.string().trim().regex(new RegExp(`^[0-9]{${length}}$`), "otp.format")),
  });
}
