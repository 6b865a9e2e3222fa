import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentDetails } from "@/components/appointments/appointment-details";
import { ButtonLink } from "@/components/ui/button-link";
import { DataText } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { loadAppointments } from "@/lib/appointments/pages";
import { requireCitizenPage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.confirmation");
  return { title: t("title") };
}

export default async function ConfirmationPage({ searchParams }: { searchParams: Promise<{ ids?: string | string[] }> }) {
  const citizen = await requireCitizenPage();
  const { ids } = await searchParams;
  const appointments = typeof ids === "string" ? await loadAppointments(citizen.accountId, ids.split(",")) : [];
  if (appointments.length === 0) notFound();
  const t = await getTranslations("booking.confirmation");
  const locale = await getLocale();

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <ul className="flex flex-col gap-4">
        {appointments.map((a) => (
          <li key={a.id} className="space-y-3 rounded-md border border-slate-300 bg-white p-4" aria-labelledby={`appointment-${a.id}`}>
            <h2 id={`appointment-${a.id}`} className="text-xl font-bold text-slate-900">
              <DataText>{a.beneficiaryName}</DataText>
            </h2>
            <AppointmentDetails appointment={a} locale={locale} />
            <div className="flex flex-col gap-2 sm:flex-row sm:gap-4">
              <Link href={`/account/appointments/${a.id}/slip`} className="text-brand-700 underline">
                {t("slip")}
              </Link>
              <a href={`/account/appointments/${a.id}/slip.pdf`} download className="text-brand-700 underline">
                {t("pdf")}
              </a>
            </div>
          </li>
        ))}
      </ul>
      <ButtonLink href="/account" variant="secondary">
        {t("family")}
      </ButtonLink>
    </div>
  );
}
