import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FocusOnArrival } from "@/components/centres/focus-on-arrival";

const inputId = "queue-search";

/**
 * A plain GET form: it works without JavaScript, Enter submits it, and the result is a link that can be
 * reloaded. Focused on arrival (unless a notice takes focus first), so a hardware keyboard can type at once.
 */
export async function QueueSearchForm({ sessionId, query, focus }: { sessionId: string; query: string; focus: boolean }) {
  const t = await getTranslations("vaccinate.search");
  return (
    <form method="get" action={`/staff/vaccinate/${sessionId}`} role="search" className="flex flex-col gap-2">
      <label htmlFor={inputId} className="text-lg font-semibold text-slate-900">
        {t("label")}
      </label>
      <p id={`${inputId}-hint`} className="text-slate-700">
        {t("hint")}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${inputId}-hint`}
          className="min-h-14 w-full flex-1 rounded-md border-2 border-slate-500 bg-white px-4 text-xl text-slate-900"
        />
        <button type="submit" className="min-h-14 rounded-md bg-brand-700 px-6 text-xl font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
        {query ? (
          <Link href={`/staff/vaccinate/${sessionId}`} className="inline-flex min-h-14 items-center justify-center rounded-md border-2 border-brand-700 px-6 text-lg font-semibold text-brand-700 no-underline hover:bg-brand-50">
            {t("clear")}
          </Link>
        ) : null}
      </div>
      {focus ? <FocusOnArrival id={inputId} /> : null}
    </form>
  );
}
