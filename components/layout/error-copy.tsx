"use client";

import { createContext, useContext, type ReactNode } from "react";

/** What the error page says, translated on the server, so no page loads the message formatter just in case. */
export interface ErrorCopy {
  title: string;
  body: string;
  /** Followed by the error's reference code. */
  reference: string;
  retry: string;
  home: string;
}

const ErrorCopyContext = createContext<ErrorCopy | null>(null);

export function ErrorCopyProvider({ copy, children }: { copy: ErrorCopy; children: ReactNode }) {
  return <ErrorCopyContext value={copy}>{children}</ErrorCopyContext>;
}

export function useErrorCopy(): ErrorCopy {
  const copy = useContext(ErrorCopyContext);
  if (!copy) throw new Error("useErrorCopy needs an ErrorCopyProvider (the root layout has one)");
  return copy;
}
