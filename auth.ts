import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { getDb } from "@/db";
import { authenticateStaff } from "@/lib/auth/staff";
import { staffSignInSchema } from "@/lib/auth/schemas";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      id: "staff",
      credentials: { username: {}, password: {} },
      async authorize(raw) {
        const parsed = staffSignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const principal = await authenticateStaff(await getDb(), parsed.data.username, parsed.data.password);
        return principal ? { id: principal.id, name: principal.name, principal } : null;
      },
    }),
    // The citizen OTP provider joins here.
  ],
});
