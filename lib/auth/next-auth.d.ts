import type { Principal } from "./principal";

declare module "next-auth" {
  interface Session {
    principal?: Principal;
  }
  interface User {
    principal?: Principal;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    principal?: Principal;
    /** Epoch ms; citizens and staff have different session lengths within one Auth.js config. */
    principalExpiresAt?: number;
    /** The holder's session version at sign-in (see lib/auth/session-version.ts). */
    sessionVersion?: number;
  }
}
