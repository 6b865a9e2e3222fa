import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import { NavLink } from "./nav-link";

/** A navigation item for the signed-in person's own area. */
export async function AccountLink({ principal, className }: { principal: Principal; className: string }) {
  const t = await getTranslations("common.nav");
  const [href, label] = principal.kind === "citizen" ? ["/account", t("account")] : ["/staff", t("short.staffHome")];
  return (
    <li>
      <NavLink href={href} className={className}>
        {label}
      </NavLink>
    </li>
  );
}
