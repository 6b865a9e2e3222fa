"use server";

import { getDb } from "@/db";
import { publicAction } from "@/lib/auth/action";
import type { VerificationResult } from "./types";
import { verifyCertificateText } from "./verification";
import { verifySchema } from "./verify-schema";
import type { VerifyFormState } from "./verify-state";

/**
 * The /verify form: anyone may check a certificate. The text is validated like every public form; the
 * answer (valid, revoked or invalid with its reason) travels back in the form state.
 */
export async function verifyAction(previous: VerifyFormState, formData: FormData): Promise<VerifyFormState> {
  let result: VerificationResult | undefined;
  const state = await publicAction(verifySchema, async ({ certificateText }) => {
    result = await verifyCertificateText(await getDb(), certificateText, new Date());
    return { ok: true };
  })(previous, formData);
  return result ? { ...state, result } : state;
}
