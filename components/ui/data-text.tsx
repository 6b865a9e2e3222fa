import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { dataLocale } from "@/lib/i18n/locales";

/**
 * Text from the database (centre, place and vaccine names, addresses) is in the data's language. On a page
 * in another language it is marked, so a screen reader reads "Jayanagar" as English, not as Hindi.
 */
export function DataText({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return locale === dataLocale ? children : <span lang={dataLocale}>{children}</span>;
}

/** For `t.rich(…, { data: dataTag })`: a catalogue message marks the data inside it as `<data>{name}</data>`. */
export const dataTag = (chunks: ReactNode) => <DataText>{chunks}</DataText>;
