import type { VerificationResult } from "@/lib/certificates/types";

const paths: Record<VerificationResult["status"], string> = {
  valid: "M5 12.5l4.5 4.5L19 7.5",
  invalid: "M7 7l10 10M17 7L7 17",
  // A circle struck through: withdrawn.
  revoked: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M5.6 5.6l12.8 12.8",
};

/** The answer's shape, beside its word and colour, so no one has to tell green from red. */
export function VerifyStatusIcon({ status }: { status: VerificationResult["status"] }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" className="size-12 shrink-0">
      <path d={paths[status]} />
    </svg>
  );
}
