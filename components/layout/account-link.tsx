import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { NavLink } from "./nav-link";
import { principalFromCookies } from "@/lib/auth/session-token";

/** A navigation item for the signed-in person's own area, read from the session cookie alone (no database round trip per page). */
export async function AccountLink({ className }: { className: string }) {
  const principal = await principalFromCookies(await cookies());
  if (!principal) return null;
  const t = await getTranslations("common.nav");
  const [href, label] = principal.kind === "citizen" ? ["/account", t("account")] : ["/staff", t("staffHome")];
  return (
    <li>
      <NavLink href={href} className={className}>
        {label}
      </NavLink>
    </li>
  );
}
