import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { DataText, dataTag } from "@/components/ui/data-text";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { MarkDoseForm } from "@/components/vaccinate/mark-dose-form";
import { PersonDetails } from "@/components/vaccinate/person-details";
import { formatDay } from "@/lib/appointments/format";
import { requireStaffPage } from "@/lib/auth/session";
import { refusalText } from "@/lib/vaccination/action-failures";
import { clockTime } from "@/lib/vaccination/format";
import { loadVerifyPage } from "@/lib/vaccination/pages";
import { vaccinationRoles } from "@/lib/vaccination/desk";
import type { VerifyPage } from "@/lib/vaccination/verify-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string; appointmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.verify");
  return { title: t("title") };
}

/** Verify the person, then confirm the dose; what the page offers follows the appointment's state. */
export default async function VerifyPersonPage({ params }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId, appointmentId } = await params;
  const page = await loadVerifyPage(staff, sessionId, appointmentId);
  if (!page) notFound();
  const t = await getTranslations("vaccinate");
  const queue = `/staff/vaccinate/${page.session.id}`;

  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <Link href={queue} className="inline-flex min-h-11 items-center text-lg text-brand-700 underline">
        {t("verify.back")}
      </Link>
      <PageHeading title={<DataText>{page.person.name}</DataText>} description={<p className="text-lg">{t("verify.title")}</p>} />
      <PersonDetails page={page} />
      <Outcome page={page} />
      <NoShow page={page} />
    </div>
  );
}

async function Outcome({ page }: { page: VerifyPage }) {
  const t = await getTranslations("vaccinate");
  const { appointment, verdict, session } = page;
  if (appointment.status === "completed") {
    return (
      <div className="space-y-3">
        <p className="rounded-lg border-4 border-success-700 bg-success-50 px-5 py-4 text-xl font-bold text-success-700">{t("verify.done", { dose: appointment.doseNumber })}</p>
        {appointment.doseId ? (
          <ButtonLink href={`/staff/vaccinate/${session.id}/doses/${appointment.doseId}`} variant="secondary">
            {t("verify.doseRecord")}
          </ButtonLink>
        ) : null}
      </div>
    );
  }
  if (appointment.status !== "booked") return <FormMessage>{t(`verify.notBooked.${appointment.status}`)}</FormMessage>;
  if (verdict && !verdict.ok) return <FormMessage>{t("verify.ineligible", { reason: await refusalText(verdict.refusal) })}</FormMessage>;
  if (appointment.codeLocked) return <FormMessage>{t("failure.locked")}</FormMessage>;
  if (page.batches.length === 0) return <FormMessage>{t.rich("verify.noBatch", { vaccine: session.vaccineName, data: dataTag })}</FormMessage>;

  const locale = await getLocale();
  const batches = page.batches.map((batch) => ({
    id: batch.id,
    label: t("verify.batchOption", { lot: batch.lot, date: formatDay(batch.expiresOn, locale), left: batch.dosesLeft }),
  }));
  return (
    <section aria-labelledby="mark-heading" className="space-y-4 rounded-lg border-2 border-slate-300 bg-white p-5">
      <h2 id="mark-heading" className="text-2xl font-bold text-slate-900">
        {t("verify.eligible")}
      </h2>
      <ClientMessages pick={["vaccinate.verify", "validation.summary", "validation.form", "validation.vaccination", "validation.invalid"]}>
        <MarkDoseForm sessionId={session.id} appointmentId={appointment.id} idempotencyKey={randomUUID()} codeRequired={!appointment.walkIn} batches={batches} />
      </ClientMessages>
    </section>
  );
}

async function NoShow({ page }: { page: VerifyPage }) {
  if (page.appointment.status !== "booked") return null;
  const t = await getTranslations("vaccinate.verify");
  if (page.noShow.open) {
    return (
      <ButtonLink href={`/staff/vaccinate/${page.session.id}/${page.appointment.id}/no-show`} variant="secondary" className="min-h-14 text-lg">
        {t("noShow")}
      </ButtonLink>
    );
  }
  return page.noShow.from ? <p className="text-slate-700">{t("noShowFrom", { time: clockTime(page.noShow.from) })}</p> : null;
}
