import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { clientIp } from "@/lib/audit/record";
import { authSecret } from "@/lib/auth/secret";
import { citizenOtpProvider } from "@/lib/auth/citizen-provider";
import type { Principal } from "@/lib/auth/principal";
import { principalForClaims, revokeSessions } from "@/lib/auth/session-version";
import { attemptStaffSignIn } from "@/lib/auth/staff";
import { getCountryPack } from "@/lib/country";
import { staffSignInSchema } from "@/lib/auth/schemas";

/** Carries the wait to the sign-in action ("throttled:4"); Auth.js passes `code` through. */
class StaffSignInThrottled extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

// Sessions do not roll. Staff: a shared tablet is signed out at the end of a shift at the latest.
const STAFF_SESSION_HOURS = 8;

function sessionLifetimeMs(principal: Principal): number {
  return principal.kind === "staff" ? STAFF_SESSION_HOURS * 3_600_000 : getCountryPack().citizenSessionMinutes * 60_000;
}

// Lazy config: the secret is resolved when the first request needs it, not while building.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: STAFF_SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/staff/sign-in" },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.principal) {
        token.principal = user.principal;
        token.sessionVersion = user.sessionVersion;
        token.principalExpiresAt = Date.now() + sessionLifetimeMs(user.principal);
        return token;
      }
      // Every later read (e.g. GET /api/auth/session): null ends an expired or signed-out session and
      // clears its cookie instead of answering with the principal it remembers.
      return (await principalForClaims(await getDb(), token)) ? token : null;
    },
    session({ session, token }) {
      session.principal = token.principal;
      return session;
    },
  },
  events: {
    // Every way out (the sign-out buttons, POST /api/auth/signout) revokes the session, copies included.
    async signOut(message) {
      if ("token" in message) await revokeSessions(await getDb(), message.token);
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, already in the audit log; keep stack traces for real faults.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      id: "staff",
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = staffSignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Throttled here, not only in the form action: the Auth.js callback endpoint can be posted to directly.
        const result = await attemptStaffSignIn(await getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok && result.reason === "throttled") throw new StaffSignInThrottled(result.retryAfterSeconds);
        if (!result.ok) return null;
        return { id: result.principal.id, name: result.principal.name, principal: result.principal, sessionVersion: result.sessionVersion };
      },
    }),
    citizenOtpProvider,
  ],
}));
