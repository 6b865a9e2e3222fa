"use client";

import { useEffect } from "react";

/** While `active`, the page title starts with "Error: " (worded by `prefixed`), so the failure is the first thing heard. */
export function useErrorTitle(active: boolean, prefixed: (title: string) => string) {
  useEffect(() => {
    if (!active) return;
    const original = document.title;
    const changed = prefixed(original);
    document.title = changed;
    return () => {
      if (document.title === changed) document.title = original;
    };
    // The wording is fixed for a page; only turning on and off matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
