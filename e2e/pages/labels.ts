import { readFileSync } from "node:fs";
import path from "node:path";
import { catalogueLocales } from "../../lib/i18n/locales";

// Page objects find controls by the words people see, in every catalogue language at once, read from the
// catalogues themselves: a reworded label changes the pages and the tests together.

const catalogues = new Map<string, unknown>();

function catalogue(locale: string, namespace: string): unknown {
  const file = path.join(__dirname, "..", "..", "messages", locale, `${namespace}.json`);
  if (!catalogues.has(file)) catalogues.set(file, JSON.parse(readFileSync(file, "utf8")));
  return catalogues.get(file);
}

/** "auth.citizen.mobile" in one locale. */
export function message(locale: string, key: string): string {
  const [namespace = "", ...path] = key.split(".");
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue(locale, namespace));
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}`);
  return value;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A catalogue message as a pattern matching it in any language; `{placeholders}` match anything.
 * `exact` anchors it, so "Photo ID" does not also find "Photo ID number".
 */
export function text(key: string, { exact = false } = {}): RegExp {
  const variants = catalogueLocales.map((locale) => escape(message(locale, key)).replace(/\\\{[^}]*\\\}/g, ".+"));
  const body = `(?:${[...new Set(variants)].join("|")})`;
  return new RegExp(exact ? `^${body}$` : body, "i");
}
