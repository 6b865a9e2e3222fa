import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BeneficiaryForm } from "@/components/beneficiaries/beneficiary-form";
import { photoIdOptions } from "@/components/beneficiaries/photo-id-options";
import { ClientMessages } from "@/components/layout/client-messages";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCitizenPage } from "@/lib/auth/session";
import { familyHasRoom } from "@/lib/beneficiaries/family";
import { yearIn } from "@/lib/beneficiaries/rules";
import { bookingSessionParam } from "@/lib/beneficiaries/schemas";
import { getCountryPack } from "@/lib/country";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.new");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<{ book?: string | string[] }> };

export default async function NewBeneficiaryPage({ searchParams }: PageProps) {
  const citizen = await requireCitizenPage();
  // Opened from a booking page: the form leads back to it.
  const book = bookingSessionParam.safeParse((await searchParams).book);
  const bookSessionId = book.success ? book.data : undefined;
  const pack = getCountryPack();
  const hasRoom = await familyHasRoom(citizen.accountId);
  const t = await getTranslations("account");
  const limit = pack.beneficiaryLimitPerAccount;

  return (
    <div className="mx-auto w-full max-w-xl space-y-6">
      <PageHeading title={t("new.title")} description={<p>{t("new.intro")}</p>} />
      {/* Said before anything is typed; the action still enforces the limit under a race. */}
      {hasRoom ? (
        <ClientMessages pick={["account.form", "account.gender", "validation"]}>
          <BeneficiaryForm photoIdTypes={photoIdOptions(pack, await getLocale())} thisYear={yearIn(pack.timeZone)} bookSessionId={bookSessionId} />
        </ClientMessages>
      ) : (
        <div className="space-y-4">
          <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3">{t("home.limitReached", { limit })}</p>
          <ButtonLink href={bookSessionId ? `/account/book/${bookSessionId}` : "/account"} variant="secondary">
            {t("form.cancel")}
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
