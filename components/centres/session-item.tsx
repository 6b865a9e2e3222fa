import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button-styles";
import { DataText } from "@/components/ui/data-text";
import { capacityLeft, doseKinds, slotSeatsLeft } from "@/lib/centres/rules";
import type { CentreSession } from "@/lib/centres/types";
import { dayFormat, dayOf, hhmm } from "./format";

/**
 * One session: vaccine, ages, fee, seats left per dose and, folded, its time slots. `compact` (the search
 * results, hundreds of sessions a page) folds the slots into one line of text instead of a list each.
 */
export type BookLink = { label: string; hrefFor: (sessionId: string) => string };

export function SessionItem({ session, compact = false, book }: { session: CentreSession; compact?: boolean; book?: BookLink }) {
  const t = useTranslations("centres.session");
  const format = useFormatter();
  const left = capacityLeft(session);
  const slotText = (slot: CentreSession["slots"][number]) =>
    t("slot", { from: hhmm(slot.startsAt), to: hhmm(slot.endsAt), count: slotSeatsLeft(slot) });
  const offered = { dose1: session.capacityDose1, dose2: session.capacityDose2, precaution: session.capacityPrecaution };
  return (
    <li className="session">
      <p className="session-meta">
        <span>
          <DataText>{session.vaccineCode}</DataText>
        </span>
        <span>{session.maxAge === null ? t("age", { min: session.minAge }) : t("ageRange", { min: session.minAge, max: session.maxAge })}</span>
        <span>{session.fee > 0 ? t("fee", { fee: session.fee }) : t("free")}</span>
      </p>
      <ul className="session-seats">
        {doseKinds
          .filter((kind) => offered[kind] > 0)
          .map((kind) => (
            <li key={kind} className={left[kind] > 0 ? undefined : "seats-none"}>
              {`${t(kind)}: ${t("seats", { count: left[kind] })}`}
            </li>
          ))}
      </ul>
      {book && doseKinds.some((kind) => offered[kind] > 0 && left[kind] > 0) ? (
        <Link href={book.hrefFor(session.id)} className={`${buttonClassName("primary")} mt-2`}>
          {book.label}
          <span className="sr-only">
            {" "}
            <DataText>{session.vaccineCode}</DataText>, {format.dateTime(dayOf(session.date), dayFormat)}
          </span>
        </Link>
      ) : null}
      {session.slots.length > 0 ? (
        <details className="session-slots">
          <summary>{t("slots")}</summary>
          {compact ? (
            <p>{session.slots.map((slot) => slotText(slot)).join(" · ")}</p>
          ) : (
            <ul className="grid gap-1 sm:grid-cols-2">
              {session.slots.map((slot) => (
                <li key={slot.startsAt}>{slotText(slot)}</li>
              ))}
            </ul>
          )}
        </details>
      ) : null}
    </li>
  );
}
