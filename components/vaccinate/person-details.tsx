import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { photoIdLabel } from "@/components/beneficiaries/photo-id-options";
import { maskPhotoId } from "@/lib/beneficiaries/rules";
import { getCountryPack } from "@/lib/country";
import { clockTime } from "@/lib/vaccination/format";
import type { VerifyPage } from "@/lib/vaccination/verify-page";

/** What the vaccinator checks against the person and their photo ID: the number is masked to its last 4. */
export async function PersonDetails({ page }: { page: VerifyPage }) {
  const t = await getTranslations("vaccinate");
  const tg = await getTranslations("account.gender");
  const locale = await getLocale();
  const { person, appointment } = page;
  const precaution = page.verdict?.ok === true && page.verdict.kind === "precaution";
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-lg sm:grid-cols-2">
      <Item term={t("verify.birthYear")}>{person.birthYear}</Item>
      <Item term={t("verify.gender")}>{tg(person.gender)}</Item>
      <Item term={t("verify.photoId")}>
        {t("verify.photoIdValue", { type: photoIdLabel(getCountryPack(), locale, person.photoIdType), number: maskPhotoId(person.photoIdLast4) })}
      </Item>
      <Item term={t("verify.dose")}>
        {precaution ? t("verify.precaution", { dose: appointment.doseNumber }) : t("verify.doseNumber", { dose: appointment.doseNumber })}
      </Item>
      <Item term={t("verify.slot")}>
        {appointment.slotStartsAt && appointment.slotEndsAt
          ? t("queue.slot", { start: clockTime(appointment.slotStartsAt), end: clockTime(appointment.slotEndsAt) })
          : t("queue.noSlot")}
      </Item>
    </dl>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-base text-slate-700">{term}</dt>
      <dd className="text-xl font-semibold text-slate-900">{children}</dd>
    </div>
  );
}
