import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick";

/**
 * Every message handed to client components travels in the page (twice: in the payload React hydrates
 * from). Wrap client components in this with the catalogue parts they translate — and nothing else.
 */
export async function ClientMessages({ pick, children }: { pick: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), pick)}>{children}</NextIntlClientProvider>;
}
