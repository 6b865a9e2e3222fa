import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { BatchStateBadge } from "@/components/stock/batch-state";
import { figureKeys } from "@/components/stock/batch-table";
import { WastageForm } from "@/components/stock/wastage-form";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDay } from "@/lib/appointments/format";
import { requireStaffPage } from "@/lib/auth/session";
import { stockRoles } from "@/lib/stock/access";
import { loadStockBatch } from "@/lib/stock/pages";

type Props = { params: Promise<{ batchId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.wastage");
  return { title: t("heading") };
}

/** One batch of the facility and the form to record its wasted doses; another facility's batch is not found. */
export default async function StockBatchPage({ params }: Props) {
  const staff = await requireStaffPage(stockRoles);
  const { batchId } = await params;
  const batch = await loadStockBatch(staff, batchId);
  if (!batch) notFound();
  const locale = await getLocale();
  const t = await getTranslations("stock");

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading
        title={t("wastage.title", { lot: batch.lot })}
        description={<p>{t.rich("wastage.summary", { vaccine: batch.vaccineName, date: formatDay(batch.expiresOn, locale), data: dataTag })}</p>}
      />
      <Card className="space-y-4">
        <BatchStateBadge state={batch.state} />
        <dl className="grid grid-cols-4 gap-2 text-center">
          {figureKeys.map((key) => (
            <div key={key}>
              <dt className="text-sm text-slate-700">{t(`table.${key}`)}</dt>
              <dd className={`tabular-nums ${key === "left" ? "text-2xl font-bold" : "text-xl"}`}>{batch[key]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <section aria-labelledby="wastage-heading" className="space-y-4">
        <h2 id="wastage-heading" className="text-xl font-semibold">
          {t("wastage.heading")}
        </h2>
        {batch.left > 0 ? (
          <ClientMessages pick={["stock.wastage", "validation"]}>
            <WastageForm batchId={batch.id} wastageKey={randomUUID()} left={batch.left} />
          </ClientMessages>
        ) : (
          <div className="space-y-4">
            <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3">{t("wastage.nothingLeft")}</p>
            <ButtonLink href="/staff/stock" variant="secondary">
              {t("wastage.back")}
            </ButtonLink>
          </div>
        )}
      </section>
    </div>
  );
}
