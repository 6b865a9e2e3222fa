import type { AbstractIntlMessages } from "next-intl";

/**
 * The parts of a catalogue named by dotted paths ("auth.citizen", "validation"), nested as in the catalogue,
 * so `useTranslations("auth.citizen")` finds them. A path the catalogue lacks is skipped.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: AbstractIntlMessages | string | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (target[key] = typeof next === "object" ? next : {}) as AbstractIntlMessages;
    }
    target[keys.at(-1)!] = source;
  }
  return picked;
}
