import type { ReactNode } from "react";

export type PageHeadingProps = {
  /** The page's only h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown beside the heading from `sm` up, below it on phones. */
  actions?: ReactNode;
  className?: string;
};

export function PageHeading({ title, description, actions, className }: PageHeadingProps) {
  return (
    <div
      className={["mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between", className]
        .filter(Boolean)
        .join(" ")}
    >
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <div className="max-w-prose text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-col gap-2 sm:flex-row">{actions}</div> : null}
    </div>
  );
}
