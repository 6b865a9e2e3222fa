import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { areaHome, safeReturnPath } from "@/lib/auth/return-path";
import { currentStaff } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.staff");
  return { title: t("title") };
}

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string; sessionEnded?: string; callbackUrl?: string }> }) {
  const { signedOut, sessionEnded, callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, areaHome.staff);
  if (await currentStaff()) redirect(returnTo);
  const t = await getTranslations("auth.staff");
  const tv = await getTranslations("validation.form");
  return (
    <div className="mx-auto w-full max-w-md space-y-6">
      <PageHeading title={t("title")} description={t("intro")} />
      {signedOut && <FormMessage variant="success">{t("signedOut")}</FormMessage>}
      {sessionEnded && <FormMessage variant="error">{tv("signInRequired")}</FormMessage>}
      <ClientMessages pick={["auth.staff", "validation"]}>
        <StaffSignInForm callbackUrl={returnTo === areaHome.staff ? undefined : returnTo} />
      </ClientMessages>
      <p className="text-sm">
        <Link href="/sign-in" className="underline">
          {t("citizenLink")}
        </Link>
      </p>
    </div>
  );
}
