import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { photoIdOptions } from "@/components/beneficiaries/photo-id-options";
import { ClientMessages } from "@/components/layout/client-messages";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { WalkInForm } from "@/components/vaccinate/walk-in-form";
import { requireStaffPage } from "@/lib/auth/session";
import { yearIn } from "@/lib/beneficiaries/rules";
import { getCountryPack } from "@/lib/country";
import { loadTodaySession } from "@/lib/vaccination/pages";
import { vaccinationRoles } from "@/lib/vaccination/desk";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.walkIn");
  return { title: t("title") };
}

export default async function WalkInPage({ params }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId } = await params;
  const session = await loadTodaySession(staff, sessionId);
  if (!session) notFound();
  const t = await getTranslations("vaccinate");
  const pack = getCountryPack();
  const locale = await getLocale();

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <Link href={`/staff/vaccinate/${session.id}`} className="inline-flex min-h-11 items-center text-lg text-brand-700 underline">
        {t("verify.back")}
      </Link>
      <PageHeading title={t("walkIn.title")} description={<p className="text-lg">{t.rich("walkIn.intro", { vaccine: session.vaccineName, data: dataTag })}</p>} />
      <ClientMessages pick={["vaccinate.walkIn", "account.form", "account.gender", "validation"]}>
        <WalkInForm
          sessionId={session.id}
          idempotencyKey={randomUUID()}
          photoIdTypes={photoIdOptions(pack, locale)}
          thisYear={yearIn(pack.timeZone)}
          mobileExample={pack.phone.example}
        />
      </ClientMessages>
    </div>
  );
}
