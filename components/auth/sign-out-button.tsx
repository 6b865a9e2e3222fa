import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { signOutStaff } from "@/lib/auth/actions";

export async function SignOutButton() {
  const t = await getTranslations("auth.staff");
  return (
    <form action={signOutStaff}>
      <Button type="submit" variant="secondary">
        {t("signOut")}
      </Button>
    </form>
  );
}
