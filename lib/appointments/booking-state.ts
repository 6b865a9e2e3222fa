import type { FormState } from "@/lib/forms/form-state";
import type { Alternatives } from "./alternatives";

/** The booking form's answer: a form state, plus who was refused and why, or the next free seats. */
export interface BookingFormState extends FormState {
  /** Translated reasons, one per refused person. */
  refused?: { beneficiaryId: string; text: string }[];
  /** After "just taken": other slots of the session and other sessions nearby. */
  alternatives?: Alternatives;
}
