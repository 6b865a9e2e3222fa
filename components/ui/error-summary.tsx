"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";
import { useErrorTitle } from "./use-error-title";

/** Focus the field and bring its label (or its group's legend) into view with it, as GOV.UK does. */
function goToField(event: MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(event.currentTarget.hash.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus({ preventScroll: true });
  const label = field.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) ?? field;
  label.scrollIntoView({ block: "start" });
}

export type ErrorSummaryItem = {
  text: string;
  /** "#<field id>": the link moves focus to the field. A form-level message has none. */
  href?: string;
};

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  /** "There is a problem" (validation.summary.title). */
  heading: string;
  /** "Error: {title}" as written in the catalogue (validation.summary.pageTitle, read raw). */
  titleTemplate: string;
}

/**
 * The GOV.UK error summary: at the top of a failed form, "There is a problem" and a link to each field
 * that needs fixing. Focus moves to it whenever its errors change (a screen reader reads it out), and the
 * page title gains "Error: " while it shows. Renders nothing when there are no errors. Its words arrive
 * translated, so a page with no form of its own (the centre search) needs no message formatter for it.
 */
export function ErrorSummary({ items, heading, titleTemplate }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const signature = items.map((item) => `${item.href ?? ""} ${item.text}`).join("\n");

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  useErrorTitle(items.length > 0, (title) => titleTemplate.replace("{title}", title));

  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-error-summary=""
      className="rounded-md border-4 border-danger-700 bg-white p-4 focus:outline-3 focus:outline-offset-2 focus:outline-slate-900"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-900">
        {heading}
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {items.map((item) => (
          <li key={`${item.href ?? ""}${item.text}`}>
            {item.href ? (
              <a href={item.href} onClick={goToField} className="font-semibold text-danger-700 underline">
                {item.text}
              </a>
            ) : (
              <span className="font-semibold text-danger-700">{item.text}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
