import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { SessionName } from "@/components/vaccinate/session-name";
import { requireStaffPage } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";
import { markRemainingNoShowsAction } from "@/lib/vaccination/actions";
import { clockTime } from "@/lib/vaccination/format";
import { loadTodaySession } from "@/lib/vaccination/pages";
import { hasPassed } from "@/lib/vaccination/queue-rules";
import { vaccinationRoles } from "@/lib/vaccination/desk";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.noShows");
  return { title: t("title") };
}

/** The end of the day: everyone still waiting becomes a no-show, after one confirmation. */
export default async function RemainingNoShowsPage({ params }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId } = await params;
  const session = await loadTodaySession(staff, sessionId);
  if (!session) notFound();
  const t = await getTranslations("vaccinate.noShows");
  const queue = `/staff/vaccinate/${session.id}`;
  const ended = hasPassed(session.date, session.lastSlotEnd, new Date(), getCountryPack().timeZone);
  const waiting = session.counts.pending;

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <PageHeading title={t("title")} description={<p className="text-lg"><SessionName session={session} /></p>} />
      {!ended && session.lastSlotEnd ? (
        <>
          <p className="text-lg">{t("notYet", { time: clockTime(session.lastSlotEnd) })}</p>
          <ButtonLink href={queue} variant="secondary">
            {t("back")}
          </ButtonLink>
        </>
      ) : (
        <>
          <p className="text-lg">{waiting > 0 ? t("body", { count: waiting }) : t("none")}</p>
          {waiting > 0 ? (
            <ClientMessages pick={["validation.form"]}>
              <ConfirmActionForm
                large
                action={markRemainingNoShowsAction}
                fields={{ sessionId: session.id }}
                labels={{ confirm: t("confirm"), pending: t("pending"), back: t("back") }}
                backHref={queue}
              />
            </ClientMessages>
          ) : (
            <ButtonLink href={queue} variant="secondary">
              {t("back")}
            </ButtonLink>
          )}
        </>
      )}
    </div>
  );
}
