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
  }
}
