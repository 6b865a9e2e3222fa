"use client";

import { useEffect, useRef } from "react";
import { useErrorCopy } from "@/components/layout/error-copy";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

type ErrorPageProps = {
  error: unknown;
  /** Re-fetches and re-renders the segment (Next 16.3+); preferred over `reset`. */
  retry: () => void;
  reset: () => void;
};

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" && error.digest !== "" ? error.digest : undefined;
}

/** Never shows the error's message or stack: only the digest, to match server logs. */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const copy = useErrorCopy();
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = digestOf(error);

  // Move focus to the heading so screen-reader and keyboard users learn what happened.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="flex flex-col items-start gap-4">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold text-slate-900 sm:text-3xl focus:outline-none">
        {copy.title}
      </h1>
      <p className="max-w-prose text-slate-700">{copy.body}</p>
      {digest ? (
        <p className="max-w-prose text-slate-700">
          {copy.reference} <code className="rounded bg-slate-100 px-1 font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="flex w-full flex-col gap-2 sm:w-auto sm:flex-row">
        <Button onClick={() => retry()}>{copy.retry}</Button>
        <ButtonLink href="/" variant="secondary">
          {copy.home}
        </ButtonLink>
      </div>
    </div>
  );
}
