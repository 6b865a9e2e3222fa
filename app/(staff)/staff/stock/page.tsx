import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { BatchCards } from "@/components/stock/batch-cards";
import { BatchTable } from "@/components/stock/batch-table";
import { ReceiveBatchForm } from "@/components/stock/receive-batch-form";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { dataTag } from "@/components/ui/data-text";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { requireStaffPage } from "@/lib/auth/session";
import { stockRoles } from "@/lib/stock/access";
import { loadStockPage } from "@/lib/stock/pages";
import { isLot } from "@/lib/stock/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ done?: string; lot?: string }> };

/** The facility admin's stock: every batch with its counts, a received batch, and (per batch) wasted doses. */
export default async function StockPage({ searchParams }: Props) {
  const staff = await requireStaffPage(stockRoles);
  const stock = await loadStockPage(staff);
  if (!stock) notFound();
  const { done, lot } = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("stock");
  // Only a lot as the actions write it is echoed, so a crafted link cannot put other words on the page.
  const doneText = (done === "received" || done === "wasted") && lot && isLot(lot) ? t(`page.done.${done}`, { lot }) : null;

  return (
    <div className="space-y-8">
      <PageHeading
        title={t("page.title")}
        description={<p>{t.rich("page.intro", { facility: stock.facilityName, data: dataTag })}</p>}
        actions={
          <ButtonLink href="/staff" variant="secondary">
            {t("page.back")}
          </ButtonLink>
        }
      />
      <FormMessage variant="success">{doneText}</FormMessage>
      <section aria-labelledby="batches-heading" className="space-y-3">
        <h2 id="batches-heading" className="text-xl font-semibold">
          {t("page.batches")}
        </h2>
        {stock.batches.length === 0 ? (
          <p>{t("page.empty")}</p>
        ) : (
          <>
            <BatchTable batches={stock.batches} locale={locale} />
            <BatchCards batches={stock.batches} locale={locale} />
          </>
        )}
      </section>
      <Card as="section" className="space-y-4">
        <h2 className="text-xl font-semibold">{t("receive.title")}</h2>
        <ClientMessages pick={["stock.receive", "validation"]}>
          <ReceiveBatchForm vaccines={stock.vaccines} today={stock.today} />
        </ClientMessages>
      </Card>
    </div>
  );
}
