import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { clockTime } from "@/lib/vaccination/format";
import type { TodaySession } from "@/lib/vaccination/queue";
import { QueueCounts } from "./queue-counts";
import { SessionName } from "./session-name";

/** One of today's sessions: the whole card opens its queue (one tap), the counts say how the day goes. */
export async function TodaySessionCard({ session }: { session: TodaySession }) {
  const t = await getTranslations("vaccinate");
  const first = session.slots[0];
  const headingId = `session-${session.id}`;
  return (
    <li className="relative rounded-lg border-2 border-slate-300 bg-white p-5 shadow-sm focus-within:border-brand-700 hover:border-brand-700">
      <h2 id={headingId} className="text-2xl font-bold text-slate-900">
        {/* The link covers the card, so a tap anywhere on it opens the queue. */}
        <Link href={`/staff/vaccinate/${session.id}`} className="text-brand-800 no-underline after:absolute after:inset-0 after:content-['']">
          <SessionName session={session} />
        </Link>
      </h2>
      <p className="mt-1 text-lg text-slate-700">
        {first && session.lastSlotEnd ? t("today.slots", { from: clockTime(first.startsAt), until: clockTime(session.lastSlotEnd) }) : t("today.noSlots")}
      </p>
      {session.status !== "scheduled" ? <p className="mt-1 text-lg font-semibold text-danger-700">{t(`session.${session.status}`)}</p> : null}
      <div className="mt-4">
        <QueueCounts counts={session.counts} size="compact" />
      </div>
    </li>
  );
}
