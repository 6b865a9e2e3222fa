"use client";

import { useEffect } from "react";

/**
 * Moves focus to the element with `id` once the page has loaded, so after a search a screen reader starts at
 * the results and a phone shows them first. Without JavaScript the results still come right after the summary.
 */
export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
