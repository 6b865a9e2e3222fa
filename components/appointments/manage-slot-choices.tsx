import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DataText, dataTag } from "@/components/ui/data-text";
import type { RescheduleOptions } from "@/lib/appointments/manage-options";
import { appointmentFormat } from "./manage-format";

interface Choice {
  value: string;
  label: ReactNode;
}

/** Radios for every free slot offered: the same centre's week first, then nearby centres. */
export async function ManageSlotChoices({ options, centreName }: { options: RescheduleOptions; centreName: string }) {
  const t = await getTranslations("booking.manage.reschedulePage");
  const { day, time } = await appointmentFormat();

  const sameCentre: { heading: string; choices: Choice[] }[] = options.sameCentre.map((option) => ({
    heading: day(option.date),
    choices: option.slots.map((slot) => ({
      value: `${option.sessionId}/${slot.slotId}`,
      label: `${t("slot", { start: time(slot.startsAt), end: time(slot.endsAt) })} · ${t("free", { count: slot.free })}`,
    })),
  }));
  const nearby: Choice[] = options.nearby.map((option) => ({
    value: `${option.sessionId}/${option.slotId}`,
    label: (
      <>
        <DataText>{option.facilityName}</DataText>, <DataText>{option.address}</DataText> ·{" "}
        {t("slotAt", { date: day(option.date), start: time(option.startsAt), end: time(option.endsAt) })} · {t("free", { count: option.free })}
      </>
    ),
  }));

  if (sameCentre.length === 0 && nearby.length === 0) return <p>{t("none")}</p>;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-bold text-slate-900">{t("legend")}</legend>
      {sameCentre.length > 0 ? (
        <div className="space-y-3">
          <h2 className="font-semibold">{t.rich("sameCentre", { centre: centreName, data: dataTag })}</h2>
          {sameCentre.map((group) => (
            <div key={group.heading} role="group" aria-label={group.heading}>
              <h3 className="text-sm font-semibold text-slate-700">{group.heading}</h3>
              <Radios choices={group.choices} />
            </div>
          ))}
        </div>
      ) : null}
      {nearby.length > 0 ? (
        <div className="space-y-2">
          <h2 className="font-semibold">{t("nearby")}</h2>
          <Radios choices={nearby} />
        </div>
      ) : null}
    </fieldset>
  );
}

function Radios({ choices }: { choices: Choice[] }) {
  return (
    <ul className="space-y-1">
      {choices.map((choice) => {
        const id = `target-${choice.value.replace("/", "-")}`;
        return (
          <li key={choice.value} className="flex min-h-11 items-center gap-2">
            <input id={id} type="radio" name="target" value={choice.value} required className="size-5 accent-brand-700" />
            <label htmlFor={id}>{choice.label}</label>
          </li>
        );
      })}
    </ul>
  );
}
