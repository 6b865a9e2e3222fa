import type { CertificateKind } from "./types";

/** Provisional while the primary series is partial, final at its last dose, precaution after it. */
export function certificateKindFor(doseNumber: number, primaryDoses: number): CertificateKind {
  if (doseNumber < primaryDoses) return "provisional";
  return doseNumber === primaryDoses ? "final" : "precaution";
}
