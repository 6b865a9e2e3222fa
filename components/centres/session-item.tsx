import { useTranslations } from "next-intl";
import { DataText } from "@/components/ui/data-text";
import { capacityLeft, doseKinds, slotSeatsLeft } from "@/lib/centres/rules";
import type { CentreSession } from "@/lib/centres/types";
import { hhmm } from "./format";

/** One session: vaccine, ages, fee, seats left per dose and, folded, its time slots. */
export function SessionItem({ session }: { session: CentreSession }) {
  const t = useTranslations("centres.session");
  const left = capacityLeft(session);
  const offered = { dose1: session.capacityDose1, dose2: session.capacityDose2, precaution: session.capacityPrecaution };
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <span className="font-semibold text-slate-900">
          <DataText>{session.vaccineCode}</DataText>
        </span>
        <span>{session.maxAge === null ? t("age", { min: session.minAge }) : t("ageRange", { min: session.minAge, max: session.maxAge })}</span>
        <span>{session.fee > 0 ? t("fee", { fee: session.fee }) : t("free")}</span>
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {doseKinds
          .filter((kind) => offered[kind] > 0)
          .map((kind) => (
            <li key={kind} className={left[kind] > 0 ? "font-semibold text-success-700" : "text-slate-700"}>
              {t(kind)}: {t("seats", { count: left[kind] })}
            </li>
          ))}
      </ul>
      {session.slots.length > 0 ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-brand-700 underline">{t("slots")}</summary>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {session.slots.map((slot) => (
              <li key={slot.startsAt}>
                {t("slot", { from: hhmm(slot.startsAt), to: hhmm(slot.endsAt), count: slotSeatsLeft(slot) })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
