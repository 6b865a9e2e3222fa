import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { QueueCounts } from "@/components/vaccinate/queue-counts";
import { QueueList } from "@/components/vaccinate/queue-list";
import { QueueNotice } from "@/components/vaccinate/queue-notice";
import { QueueSearchForm } from "@/components/vaccinate/queue-search-form";
import { SessionName } from "@/components/vaccinate/session-name";
import { requireStaffPage } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";
import { clockTime } from "@/lib/vaccination/format";
import { loadSessionQueue } from "@/lib/vaccination/pages";
import type { QueueRow } from "@/lib/vaccination/queue";
import { hasPassed } from "@/lib/vaccination/queue-rules";
import { MAX_SEARCH_LENGTH, parseQueueSearch } from "@/lib/vaccination/queue-search";
import { vaccinationRoles } from "@/lib/vaccination/desk";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ q?: string | string[]; vaccinated?: string; noShow?: string; noShows?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vaccinate.queue");
  return { title: t("title") };
}

/** The answer an action redirected here with, in words; ids name rows of this very queue, so nothing else can be shown. */
async function noticeFor(params: Awaited<Props["searchParams"]>, rows: QueueRow[]) {
  const t = await getTranslations("vaccinate.notice");
  const row = (id: string | undefined) => (id ? rows.find((r) => r.appointmentId === id) : undefined);
  const vaccinated = row(params.vaccinated);
  if (vaccinated?.status === "completed") return t.rich("vaccinated", { name: vaccinated.name, dose: vaccinated.doseNumber, data: dataTag });
  const noShow = row(params.noShow);
  if (noShow?.status === "no_show") return t.rich("noShow", { name: noShow.name, data: dataTag });
  if (params.noShows !== undefined && /^[0-9]{1,5}$/.test(params.noShows)) return t("noShows", { count: Number(params.noShows) });
  return null;
}

export default async function SessionQueuePage({ params, searchParams }: Props) {
  const staff = await requireStaffPage(vaccinationRoles);
  const { sessionId } = await params;
  const query = await searchParams;
  const search = parseQueueSearch(query.q);
  const data = await loadSessionQueue(staff, sessionId, search);
  if (!data) notFound();
  const { session, rows } = data;
  const t = await getTranslations("vaccinate");
  // A notice names a row of the whole queue: look for it before the search narrows the list.
  const notice = search ? null : await noticeFor(query, rows);
  const pack = getCountryPack();
  const lastSlotEnded = hasPassed(session.date, session.lastSlotEnd, new Date(), pack.timeZone);
  const typed = typeof query.q === "string" ? query.q.trim().slice(0, MAX_SEARCH_LENGTH) : "";
  // Focus: the notice after an action; the one person a search found (Enter opens them); else the search field.
  const onlyMatch = search !== null && rows.length === 1;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/staff/vaccinate" className="inline-flex min-h-11 items-center text-lg text-brand-700 underline">
          {t("queue.back")}
        </Link>
        <PageHeading title={<SessionName session={session} />} />
        {session.status !== "scheduled" ? <p className="text-lg font-semibold text-danger-700">{t(`session.${session.status}`)}</p> : null}
      </div>
      <QueueCounts counts={session.counts} />
      {notice ? <QueueNotice>{notice}</QueueNotice> : null}
      <QueueSearchForm sessionId={session.id} query={typed} focus={!notice && !onlyMatch} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <ButtonLink href={`/staff/vaccinate/${session.id}/walk-in`} variant="secondary" className="min-h-14 text-lg">
          {t("queue.walkIn")}
        </ButtonLink>
        {lastSlotEnded ? (
          <ButtonLink href={`/staff/vaccinate/${session.id}/no-shows`} variant="secondary" className="min-h-14 text-lg">
            {t("queue.noShows")}
          </ButtonLink>
        ) : session.lastSlotEnd ? (
          <p className="text-slate-700">{t("queue.noShowsFrom", { time: clockTime(session.lastSlotEnd) })}</p>
        ) : null}
      </div>
      {search ? (
        <p role="status" className="text-lg font-semibold">
          {t("search.results", { count: rows.length, query: typed })}
        </p>
      ) : null}
      {rows.length > 0 ? <QueueList sessionId={session.id} rows={rows} focusFirst={onlyMatch} /> : search ? null : <p className="text-lg">{t("queue.empty")}</p>}
    </div>
  );
}
