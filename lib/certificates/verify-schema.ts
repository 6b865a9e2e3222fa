import { z } from "zod";

// What the /verify form posts, checked alike in the browser and by the action. Messages are keys into the
// "validation" catalogue.

/** A DCC with one vaccination is about 600 characters of Base45; this leaves room and stops junk early. */
/** The most characters a QR code holds in alphanumeric mode: longer text cannot have come from one. */
export const MAX_CERTIFICATE_TEXT_LENGTH = 4296;

export const verifySchema = z.object({
  certificateText: z
    .string("required")
    .trim()
    .min(1, { error: "required", abort: true })
    .max(MAX_CERTIFICATE_TEXT_LENGTH, { error: "tooLong", abort: true })
    // The context prefix of every EU DCC QR; readers write it in any case.
    .regex(/^HC1:/i, "certificates.hc1Prefix"),
});

export type VerifyInput = z.output<typeof verifySchema>;
