import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { buttonClassName } from "@/components/ui/button-styles";

export const pinFieldId = "pin";

/** A plain GET form: the search lands in the URL, so it can be shared and works without JavaScript. */
export function PinSearchForm({ label, example, defaultValue, error, keep = {} }: {
  label: string;
  example: string;
  defaultValue?: string;
  error?: string;
  /** Filters and whom the search is for, kept across a new search. */
  keep?: Record<string, string>;
}) {
  const t = useTranslations("centres.pin");
  return (
    <form action="/centres" method="get" role="search" aria-labelledby="pin-search-heading" className="flex flex-col gap-3">
      <h2 id="pin-search-heading" className="text-lg font-semibold text-slate-900">
        {t("heading", { label })}
      </h2>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        id={pinFieldId}
        label={label}
        name="pin"
        inputMode="numeric"
        autoComplete="postal-code"
        hint={t("hint", { example })}
        defaultValue={defaultValue}
        error={error}
        required
      />
      <button type="submit" className={buttonClassName("primary")}>
        {t("submit")}
      </button>
    </form>
  );
}
