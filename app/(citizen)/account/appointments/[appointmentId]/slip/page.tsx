import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentDetails } from "@/components/appointments/appointment-details";
import { PrintButton } from "@/components/appointments/print-button";
import { QrSvg } from "@/components/appointments/qr-svg";
import { DataText } from "@/components/ui/data-text";
import { formatConfirmationNumber } from "@/lib/appointments/confirmation";
import { loadAppointment } from "@/lib/appointments/pages";
import { requireCitizenPage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.slip");
  return { title: t("title") };
}

/** The printable slip: the same facts as the PDF, in the reader's language, with a QR of the appointment number. */
export default async function SlipPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const citizen = await requireCitizenPage();
  const { appointmentId } = await params;
  const appointment = await loadAppointment(citizen.accountId, appointmentId);
  if (!appointment) notFound();
  const t = await getTranslations("booking");
  const locale = await getLocale();
  const number = formatConfirmationNumber(appointment.confirmationNumber);

  return (
    <article className="mx-auto w-full max-w-xl space-y-4 rounded-md border border-slate-300 bg-white p-4 print:max-w-none print:border-0 print:p-0">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold text-slate-900">{t("slip.title")}</h1>
          <p className="text-xl font-semibold">
            <DataText>{appointment.beneficiaryName}</DataText>
          </p>
          <p className="text-slate-600">
            {t("slip.referenceId")}: <span className="font-mono">{appointment.referenceId}</span>
          </p>
        </div>
        <QrSvg text={appointment.confirmationNumber} label={t("slip.qr", { number })} />
      </div>
      <AppointmentDetails appointment={appointment} locale={locale} />
      <p>{t("slip.bring")}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center print:hidden">
        <PrintButton label={t("slip.print")} />
        <a href={`/account/appointments/${appointment.id}/slip.pdf`} download className="text-brand-700 underline">
          {t("confirmation.pdf")}
        </a>
        <Link href="/account" className="text-brand-700 underline">
          {t("confirmation.family")}
        </Link>
      </div>
    </article>
  );
}
