import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { StaffAreaCard } from "@/components/staff/staff-area-card";
import { ButtonLink } from "@/components/ui/button-link";
import { dataTag } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { loadStaffArea } from "@/lib/admin/area";
import { requireStaffPage } from "@/lib/auth/session";
import { getCountryPack } from "@/lib/country";
import { localise } from "@/lib/country/text";
import { canKeepStock } from "@/lib/stock/access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.home");
  return { title: t("title") };
}

export default async function StaffHomePage() {
  const staff = await requireStaffPage();
  // A vaccinator's work is today's sessions: sign-in lands here, and they go straight on.
  if (staff.role === "vaccinator") redirect("/staff/vaccinate");
  const pack = getCountryPack();
  const summary = await loadStaffArea(staff);
  const t = await getTranslations("staff.home");
  const ts = await getTranslations("stock.home");
  const tc = await getTranslations("certificates.revoke");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeading title={t("title")} description={t.rich("signedInAs", { name: staff.name, username: staff.username, data: dataTag })} />
        <SignOutButton />
      </div>
      {staff.role === "facility_admin" || canKeepStock(staff.role) || staff.role === "national_admin" ? (
        <nav aria-label={t("title")} className="flex flex-col gap-3 sm:flex-row">
          {staff.role === "facility_admin" ? <ButtonLink href="/staff/vaccinate">{t("vaccinate")}</ButtonLink> : null}
          {canKeepStock(staff.role) ? <ButtonLink href="/staff/stock">{ts("link")}</ButtonLink> : null}
          {staff.role === "national_admin" ? <ButtonLink href="/staff/certificates">{tc("link")}</ButtonLink> : null}
        </nav>
      ) : null}
      <StaffAreaCard staff={staff} summary={summary} countryName={localise(pack.name, await getLocale())} />
    </div>
  );
}
