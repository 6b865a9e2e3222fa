import type { ReactNode } from "react";
import { FocusOnArrival } from "@/components/centres/focus-on-arrival";

const noticeId = "queue-notice";

/**
 * What the last action did ("Vaccinated: Asha Verma, dose 1"), focused on arrival so it is read out first;
 * the search field is the next stop for the keyboard. Without JavaScript it is still the first thing under the counts.
 */
export function QueueNotice({ children }: { children: ReactNode }) {
  return (
    <div id={noticeId} tabIndex={-1} role="status" className="rounded-lg border-4 border-success-700 bg-success-50 px-5 py-4 text-xl font-bold text-success-700 focus:outline-3 focus:outline-offset-2 focus:outline-slate-900">
      {children}
      <FocusOnArrival id={noticeId} />
    </div>
  );
}
