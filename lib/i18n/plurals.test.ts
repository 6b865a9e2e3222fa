import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "./locales";

// Counts read correctly in each language: Hindi says "व्यक्ति" for one person and "लोग" for more.

function account(locale: Locale) {
  const messages = { account: JSON.parse(readFileSync(new URL(`../../messages/${locale}/account.json`, import.meta.url), "utf8")) };
  return createTranslator({ locale, messages, namespace: "account.home" as never }) as unknown as (key: string, values: Record<string, number>) => string;
}

describe("people registered on an account", () => {
  it.each([
    ["en", 1, "1 of 4 people registered"],
    ["en", 3, "3 of 4 people registered"],
    ["hi", 1, "4 में से 1 व्यक्ति पंजीकृत"],
    ["hi", 3, "4 में से 3 लोग पंजीकृत"],
  ] as const)("%s, %d → %s", (locale, count, expected) => {
    expect(account(locale)("count", { count, limit: 4 })).toBe(expected);
  });
});
