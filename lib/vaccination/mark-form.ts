import { z } from "zod";
import { markDoseSchema } from "./schemas";

// The verify page's form: the mark's own fields, the session it returns to, and whether the page asked for
// a code. Browser-safe: the form checks with it before posting, the action parses it again.

/**
 * A blank code is refused here, before the mark, when the page asked for one: the mark would count it as a
 * wrong code. The flag only ever stops a post; the mark decides for itself who needs a code.
 */
export const markDoseFormSchema = markDoseSchema
  .extend({
    sessionId: z.uuid("vaccination.sessionNotFound"),
    codeRequired: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.codeRequired === "1" && input.securityCode === undefined) {
      ctx.addIssue({ code: "custom", path: ["securityCode"], message: "vaccination.securityCodeFormat" });
    }
  });
