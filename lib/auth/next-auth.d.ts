import type { Principal } from "./principal";

declare module "next-auth" {
  interface Session {
    principal?: Principal;
  }
  interface User {
    principal?: Principal;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    principal?: Principal;
    /** Epoch ms; citizens and staff have different session lengths within one Auth.js config. */
    principalExpiresAt?: number;
  }
}
