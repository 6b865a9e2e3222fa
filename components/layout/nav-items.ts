/** Top-level destinations, shared by header and footer. Keys are in `common.nav`. */
export const navItems = [
  { href: "/centres", key: "centres" },
  { href: "/verify", key: "verify" },
  { href: "/sign-in", key: "citizenSignIn", signedOutOnly: true },
  { href: "/staff/sign-in", key: "staffSignIn", signedOutOnly: true },
] as const;

/** What a signed-in person's header offers: no sign-in links, since they are signed in. */
export function headerItems(signedIn: boolean) {
  return navItems.filter((item) => !(signedIn && "signedOutOnly" in item));
}
