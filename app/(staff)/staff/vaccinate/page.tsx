import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { TodaySessionCard } from "@/components/vaccinate/today-session-card";
import { formatDay } from "@/lib/appointments/format";
import { requireStaffPage } from "@/lib/auth/session";
import { loadTodaySessions } from "@/lib/vaccination/pages";
import { vaccinationRoles } from "@/lib/vaccination/desk";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.today");
  return { title: t("title") };
}

/** Where a vaccinator lands after signing in: their facility's sessions of today. */
export default async function TodaySessionsPage() {
  const staff = await requireStaffPage(vaccinationRoles);
  const { facilityName, today, sessions } = await loadTodaySessions(staff);
  const t = await getTranslations("vaccinate.today");
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <PageHeading
        title={t("title")}
        description={<p className="text-lg">{t.rich("intro", { facility: facilityName, date: formatDay(today, locale), data: dataTag })}</p>}
        actions={<SignOutButton />}
      />
      {sessions.length === 0 ? (
        <p className="text-lg">{t("none")}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {sessions.map((session) => (
            <TodaySessionCard key={session.id} session={session} />
          ))}
        </ul>
      )}
    </div>
  );
}
