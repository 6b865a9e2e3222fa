"use client";

import type { ComponentPropsWithoutRef } from "react";

/**
 * A GET form that submits itself when a field changes, so a filter applies at once. Its own submit button
 * stays, for a browser without JavaScript and for anyone who prefers it.
 */
export function AutoSubmitForm(props: ComponentPropsWithoutRef<"form">) {
  return <form {...props} onChange={(event) => event.currentTarget.requestSubmit()} />;
}
