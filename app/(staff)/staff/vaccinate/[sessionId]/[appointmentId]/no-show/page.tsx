import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { requireStaffPage } from "@/lib/auth/session";
import { markNoShowAction } from "@/lib/vaccination/actions";
import { clockTime } from "@/lib/vaccination/format";
import { loadVerifyPage } from "@/lib/vaccination/pages";
import { vaccinationRoles } from "@/lib/vaccination/desk";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string; appointmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.noShow");
  return { title: t("title") };
}

/** One person who did not come: a confirmation, since a no-show cannot be undone. */
export default async function NoShowPage({ params }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId, appointmentId } = await params;
  const page = await loadVerifyPage(staff, sessionId, appointmentId);
  if (!page) notFound();
  const t = await getTranslations("vaccinate");
  const person = `/staff/vaccinate/${page.session.id}/${page.appointment.id}`;
  const { appointment, noShow } = page;

  const refusal =
    appointment.status !== "booked"
      ? t(`failure.notBooked.${appointment.status}`)
      : !noShow.open && noShow.from
        ? t("failure.tooEarly", { time: clockTime(noShow.from) })
        : null;

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <PageHeading
        title={t("noShow.title")}
        description={<p className="text-lg">{t.rich("noShow.body", { name: page.person.name, dose: appointment.doseNumber, data: dataTag })}</p>}
      />
      {refusal ? (
        <>
          <p className="text-lg font-semibold">{refusal}</p>
          <ButtonLink href={person} variant="secondary">
            {t("noShow.back")}
          </ButtonLink>
        </>
      ) : (
        <ClientMessages pick={["validation.form"]}>
          <ConfirmActionForm
            large
            action={markNoShowAction}
            fields={{ sessionId: page.session.id, appointmentId: appointment.id }}
            labels={{ confirm: t("noShow.confirm"), pending: t("noShow.pending"), back: t("noShow.back") }}
            backHref={person}
          />
        </ClientMessages>
      )}
    </div>
  );
}
