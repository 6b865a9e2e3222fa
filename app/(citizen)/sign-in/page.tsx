import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenSignIn } from "@/components/auth/citizen-sign-in";
import { ClientMessages } from "@/components/layout/client-messages";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { currentCitizen } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";
import { configuredSenderName, devSenderAllowed } from "@/lib/messaging";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.citizen");
  return { title: t("title") };
}

export default async function CitizenSignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await currentCitizen()) redirect("/account");
  const { signedOut } = await searchParams;
  const pack = getCountryPack();
  const t = await getTranslations("auth.citizen");
  const ts = await getTranslations("auth.staff");
  const showOutbox = configuredSenderName() === "dev" && devSenderAllowed();
  return (
    <div className="mx-auto w-full max-w-md space-y-6">
      <PageHeading title={t("title")} description={t("intro", { length: pack.otp.length })} />
      {signedOut && <FormMessage variant="success">{t("signedOut")}</FormMessage>}
      <ClientMessages pick={["auth.citizen", "validation"]}>
        <CitizenSignIn codeLength={pack.otp.length} mobileExample={pack.phone.example} outboxHref={showOutbox ? "/dev/outbox" : undefined} />
      </ClientMessages>
      <p className="text-sm">
        <Link href="/staff/sign-in" className="underline">
          {ts("title")}
        </Link>
      </p>
    </div>
  );
}
