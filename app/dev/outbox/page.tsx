import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { desc } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { getDb } from "@/db";
import { messageOutbox } from "@/db/schema";
import { configuredSenderName, devSenderAllowed } from "@/lib/messaging";

export const metadata: Metadata = { robots: { index: false } };

/** Development only: what the development SMS sender "sent". A 404 wherever real SMS are sent. */
export default async function DevOutboxPage() {
  if (configuredSenderName() !== "dev" || !devSenderAllowed()) notFound();
  const t = await getTranslations("dev");
  const messages = await (await getDb()).select().from(messageOutbox).orderBy(desc(messageOutbox.createdAt)).limit(20);
  return (
    <div className="space-y-4">
      <PageHeading title={t("outbox.title")} description={t("outbox.intro")} />
      {messages.length === 0 && <p>{t("outbox.empty")}</p>}
      <ol className="space-y-3" aria-label={t("outbox.title")}>
        {messages.map((message) => (
          <Card as="li" key={message.id}>
            <p className="text-sm text-slate-600">
              {message.recipient} · <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString()}</time>
            </p>
            <p className="mt-1 font-mono">{message.body}</p>
          </Card>
        ))}
      </ol>
    </div>
  );
}
