"use client";

import { useEffect } from "react";

/**
 * While `active`, the page title starts with "Error: " (worded by `prefixed`), so the failure is the first
 * thing heard. Next may write the page's title after this effect runs (metadata streams in), so a change of
 * title is prefixed again until the errors are gone.
 */
export function useErrorTitle(active: boolean, prefixed: (title: string) => string) {
  useEffect(() => {
    // A page that knew of the errors on the server (a GET search) already says so.
    const isPrefixed = (title: string) => title.startsWith(prefixed(""));
    if (!active || isPrefixed(document.title)) return;
    let original = document.title;
    let shown = prefixed(original);
    document.title = shown;
    const observer = new MutationObserver(() => {
      if (document.title === shown || isPrefixed(document.title)) return;
      original = document.title;
      shown = prefixed(original);
      document.title = shown;
    });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title === shown) document.title = original;
    };
    // The wording is fixed for a page; only turning on and off matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
