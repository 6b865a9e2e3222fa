export type CameraProblem = "denied" | "noCamera" | "busy" | "unsupported" | "failed";

/** What a failed getUserMedia means for the person holding the phone. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException) ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return "denied";
    case "NotFoundError":
    case "OverconstrainedError":
      return "noCamera";
    case "NotReadableError":
    case "AbortError":
      return "busy";
    case "TypeError":
      return "unsupported";
    default:
      return "failed";
  }
}
