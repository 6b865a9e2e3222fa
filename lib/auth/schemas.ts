import { z } from "zod";

// Messages are keys into the "validation" catalogue, so client and server show the same translated text.
export const staffSignInSchema = z.object({
  username: z.string().trim().min(1, "required").max(64, "tooLong"),
  password: z.string().min(1, "required").max(256, "tooLong"),
});

export type StaffSignInInput = z.infer<typeof staffSignInSchema>;
