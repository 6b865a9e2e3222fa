import type { NextAuthConfig } from "next-auth";
import { resolveAuthSecret } from "@/lib/auth/secret";

const STAFF_SESSION_HOURS = 8;

/** Provider-free config, shared by the proxy (which only redirects) and auth.ts. */
export const authConfig = {
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: STAFF_SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/staff/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.principal) token.principal = user.principal;
      return token;
    },
    session({ session, token }) {
      session.principal = token.principal;
      return session;
    },
    // Convenience redirects only; every action and query checks again on the server.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (path.startsWith("/staff") && path !== "/staff/sign-in") return auth?.principal?.kind === "staff";
      return true;
    },
  },
} satisfies NextAuthConfig;
