import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { dataTag } from "@/components/ui/data-text";
import type { StaffAreaSummary } from "@/lib/admin/queries";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { scopeArea } from "@/lib/auth/rules";

/** Role, scope and the area's figures; what each role will do here is listed until it is built. */
export async function StaffAreaCard({ staff, summary, countryName }: { staff: StaffPrincipal; summary: StaffAreaSummary; countryName: string }) {
  const t = await getTranslations("staff");
  const scope = (() => {
    switch (scopeArea(staff).level) {
      case "country":
        return t("scope.national", { country: countryName });
      case "state":
        return t.rich("scope.state", { state: summary.stateName ?? "", data: dataTag });
      case "district":
        return t.rich("scope.district", { district: summary.districtName ?? "", state: summary.stateName ?? "", data: dataTag });
      default:
        return t.rich("scope.facility", { facility: summary.facilityName ?? "", district: summary.districtName ?? "", data: dataTag });
    }
  })();
  const areas = t.raw(`areas.${staff.role}`) as string[];

  return (
    <Card>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("home.role")}</dt>
          <dd className="font-semibold">{t(`roles.${staff.role}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("home.scope")}</dt>
          <dd className="font-semibold">{scope}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("home.facilities")}</dt>
          <dd className="text-2xl font-bold">{summary.facilities}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("home.sessionsThisWeek")}</dt>
          <dd className="text-2xl font-bold">{summary.sessionsNextWeek}</dd>
        </div>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">{t("home.comingSoon")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {areas.map((area) => (
          <li key={area}>{area}</li>
        ))}
      </ul>
    </Card>
  );
}
