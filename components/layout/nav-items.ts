/** Top-level destinations, shared by header and footer. Keys are in `common.nav`. */
export const navItems = [
  { href: "/centres", key: "centres" },
  { href: "/sign-in", key: "citizenSignIn" },
  { href: "/staff/sign-in", key: "staffSignIn" },
] as const;
