import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { signOutCitizen } from "@/lib/auth/actions";

export async function CitizenSignOutButton() {
  const t = await getTranslations("account");
  return (
    <form action={signOutCitizen}>
      <Button type="submit" variant="secondary">
        {t("signOut")}
      </Button>
    </form>
  );
}
