import { z } from "zod";
import { withDigits } from "@/lib/forms/digits";

// The national admin's revocation form, checked alike in the browser and by the action. Messages are keys
// into the "validation" catalogue.

export const MAX_REVOCATION_REASON = 200;

/** Only a national admin revokes: a certificate is valid across every state's borders. */
export const certificateAdminRoles = ["national_admin"] as const;

/** A certificate id as printed (URN:UVCI:01:IN:…#C), spaces and case forgiven. */
const certificateIdPattern = /^URN:UVCI:01:[A-Z]{2}:[A-Z0-9/]{1,60}(#[A-Z0-9/:])?$/;

export const revokeSchema = z.object({
  certificateId: z
    .string("required")
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().min(1, { error: "required", abort: true }).regex(certificateIdPattern, "certificates.idInvalid")),
  reason: z.string("required").trim().min(5, "certificates.reasonShort").max(MAX_REVOCATION_REASON, "tooLong"),
});

export type RevokeInput = z.output<typeof revokeSchema>;

/** A Beneficiary Reference ID as printed (13 digits; spaces and any script's digits forgiven). */
const referenceId = withDigits(z.string("required").transform((value) => value.replace(/\s+/g, "")).pipe(z.string().min(1, { error: "required", abort: true }).regex(/^[0-9]{13}$/, "certificates.referenceInvalid")));

export const findByReferenceSchema = z.object({ referenceId });

export function findCodeSchema(length: number) {
  return z.object({ referenceId, code: withDigits(z.string().trim().regex(new RegExp(`^[0-9]{${length}}$`), "otp.format")) });
}
