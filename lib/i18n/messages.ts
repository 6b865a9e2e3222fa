import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";
import { namespaces } from "./namespaces";

/**
 * Loads every namespace file of one locale and merges them into
 * `{ [namespace]: messages }`. The template-literal import lets the bundler
 * include every `messages/<locale>/<namespace>.json` file as its own chunk.
 */
export async function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const file = (await import(`../../messages/${locale}/${namespace}.json`)) as {
        default: AbstractIntlMessages;
      };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
