import type { ReactNode } from "react";

/** One term and its value in a `<dl>` of a person's or a document's details. */
export function DetailItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="font-semibold text-slate-900">{children}</dd>
    </div>
  );
}
