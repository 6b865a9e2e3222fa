import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdverseEventForm } from "@/components/dose/adverse-event-form";
import { AdverseEventList } from "@/components/dose/adverse-event-list";
import { CorrectBatchForm } from "@/components/dose/correct-batch-form";
import { DoseDetails } from "@/components/dose/dose-details";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDay } from "@/lib/appointments/format";
import { requireStaffPage } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { vaccinationRoles } from "@/lib/vaccination/desk";
import { loadDosePage } from "@/lib/vaccination/dose-pages";
import { aefiSeverities } from "@/lib/vaccination/schemas";

type Props = { params: Promise<{ sessionId: string; doseId: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dose.page");
  return { title: t("metaTitle") };
}

/**
 * A dose given at the staff member's facility: what was given, its batch corrected (on that day only),
 * and adverse events following immunization recorded against it. Another facility's dose is not found.
 */
export default async function DosePage({ params, searchParams }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId, doseId } = await params;
  const page = await loadDosePage(staff, sessionId, doseId);
  if (!page) notFound();
  const { dose } = page;
  const { done } = await searchParams;
  const { timeZone } = getCountryPack();
  const locale = await getLocale();
  const t = await getTranslations("dose");
  const today = isoDateIn(timeZone);

  return (
    <div className="mx-auto w-full max-w-3xl space-y-8">
      <PageHeading
        title={t("page.title", { dose: dose.doseNumber, name: dose.personName })}
        actions={
          <ButtonLink href={`/staff/vaccinate/${dose.sessionId}`} variant="secondary">
            {t("page.back")}
          </ButtonLink>
        }
      />
      <FormMessage variant="success">{done === "corrected" || done === "aefi" ? t(`page.done.${done}`) : null}</FormMessage>
      <Card as="section" className="space-y-4">
        <h2 className="text-xl font-semibold">{t("page.given")}</h2>
        <DoseDetails dose={dose} timeZone={timeZone} />
      </Card>

      <section aria-labelledby="correct-heading" className="space-y-4">
        <h2 id="correct-heading" className="text-xl font-semibold">
          {t("correct.title")}
        </h2>
        {!page.correctable ? (
          <p>{t("correct.tooLate")}</p>
        ) : page.otherBatches.length === 0 ? (
          <p>{t("correct.noOther")}</p>
        ) : (
          <ClientMessages pick={["dose.correct", "validation"]}>
            <CorrectBatchForm
              sessionId={dose.sessionId}
              doseId={dose.id}
              hint={t("correct.intro", { lot: dose.lot })}
              batches={page.otherBatches.map((batch) => ({
                id: batch.id,
                label: t("correct.option", { lot: batch.lot, date: formatDay(batch.expiresOn, locale), left: batch.dosesLeft }),
              }))}
            />
          </ClientMessages>
        )}
      </section>

      <section aria-labelledby="aefi-heading" className="space-y-4">
        <h2 id="aefi-heading" className="text-xl font-semibold">
          {t("aefi.title")}
        </h2>
        <AdverseEventList events={page.adverseEvents} timeZone={timeZone} />
        <Card className="space-y-4">
          <h3 className="text-lg font-semibold">{t("aefi.formTitle")}</h3>
          <ClientMessages pick={["dose.aefi", "validation"]}>
            <AdverseEventForm sessionId={dose.sessionId} doseId={dose.id} givenOn={dose.givenOn} today={today} severities={aefiSeverities} />
          </ClientMessages>
        </Card>
      </section>
    </div>
  );
}
