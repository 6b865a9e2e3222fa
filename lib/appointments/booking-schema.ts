import { z } from "zod";
import { bookingKeyPattern } from "./commands";

/**
 * The booking form as the action reads it. `beneficiaryIds` arrives as one comma-joined string (the action
 * joins the repeated checkbox field first); keys are catalogue keys in the `validation` namespace.
 */
export function bookingSchema(maxPeople: number) {
  return z.object({
    sessionId: z.string().min(1).max(64),
    slotId: z.string({ error: "booking.slotRequired" }).min(1, "booking.slotRequired").max(64),
    beneficiaryIds: z
      .string({ error: "booking.peopleRequired" })
      .transform((joined) => joined.split(",").filter(Boolean))
      .pipe(z.array(z.string().max(64)).min(1, "booking.peopleRequired").max(maxPeople, "booking.tooManyPeople")),
    bookingKey: z.string().regex(bookingKeyPattern),
  });
}
