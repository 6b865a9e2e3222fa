// What certificate verification answers, shared by the /verify page, the JSON endpoint and the data layer.

/** Why a certificate is not valid; stable codes for the JSON API and keys for the translations. */
export type InvalidReason = "format" | "unknownKey" | "signature" | "expired" | "notYetValid" | "schema";

/** Revoked by the issuer (fraud, error), or replaced by a corrected certificate the holder can download. */
export type RevocationCause = "revoked" | "superseded";

/** The minimum a verifier needs to match the document to the person in front of them. */
export interface VerifiedHolder {
  /** As printed on the certificate (the DCC `fn` and `gn`, given name first). */
  name: string;
  /** The DCC `dob`: a year, or a full date. Verifiers show the year only. */
  birthYear: string;
  /** The vaccination the certificate states (the DCC carries the latest dose of the series). */
  dose: { doseNumber: number; seriesDoses: number; product: string; date: string };
}

export type VerificationResult =
  | { status: "valid"; certificateId: string; issuer: string; expiresAt: string; holder: VerifiedHolder }
  | { status: "revoked"; certificateId: string; issuer: string; holder: VerifiedHolder; because: RevocationCause }
  | { status: "invalid"; reason: InvalidReason };
