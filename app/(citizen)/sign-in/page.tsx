import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenSignIn } from "@/components/auth/citizen-sign-in";
import { ClientMessages } from "@/components/layout/client-messages";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { areaHome, safeReturnPath } from "@/lib/auth/return-path";
import { currentCitizen } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.citizen");
  return { title: t("title") };
}

export default async function CitizenSignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string; sessionEnded?: string; callbackUrl?: string }> }) {
  const { signedOut, sessionEnded, callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, areaHome.citizen);
  if (await currentCitizen()) redirect(returnTo);
  const pack = getCountryPack();
  const t = await getTranslations("auth.citizen");
  const ts = await getTranslations("auth.staff");
  const tv = await getTranslations("validation.form");
  return (
    <div className="mx-auto w-full max-w-md space-y-6">
      <PageHeading title={t("title")} description={t("intro", { length: pack.otp.length })} />
      {signedOut && <FormMessage variant="success">{t("signedOut")}</FormMessage>}
      {sessionEnded && <FormMessage variant="error">{tv("signInRequired")}</FormMessage>}
      <ClientMessages pick={["auth.citizen", "validation"]}>
        <CitizenSignIn
          codeLength={pack.otp.length}
          codeValidMinutes={Math.round(pack.otp.validSeconds / 60)}
          mobileExample={pack.phone.example}
          callbackUrl={returnTo === areaHome.citizen ? undefined : returnTo}
        />
      </ClientMessages>
      <p className="text-sm">
        <Link href="/staff/sign-in" className="underline">
          {ts("title")}
        </Link>
      </p>
    </div>
  );
}
