import type { FormState } from "@/lib/forms/form-state";
import type { VerificationResult } from "./types";

/** The /verify form's state: the usual form state, and the verifier's answer once there is one. */
export type VerifyFormState = FormState & { result?: VerificationResult };

export const initialVerifyState: VerifyFormState = { ok: false };
