import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogueLocales, defaultLocale } from "./locales";
import { namespaces } from "./namespaces";

// Guards every string: each namespace file exists for each locale, every locale has
// exactly the English key paths, no value is empty, and ICU placeholders survive translation.

const messagesDir = fileURLToPath(new URL("../../messages", import.meta.url));
const fileOf = (locale: string, namespace: string) => join(messagesDir, locale, `${namespace}.json`);

function load(locale: string, namespace: string): unknown {
  return JSON.parse(readFileSync(fileOf(locale, namespace), "utf8"));
}

/**
 * Every leaf as "a.b.c" → value. Objects and arrays (read with `t.raw`) are walked,
 * array items as "a.b.0", so a translated list must have as many items as English.
 */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else if (prefix !== "") {
    out.set(prefix, value);
  }
  return out;
}

/** Argument names like {digest} / {count, plural, …} and rich-text tags like <code>. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)|<\/?(\w+)>/g)].map((m) => m[1] ?? m[2] ?? "").sort();
}

describe("message catalogue", () => {
  // Files are read inside each test, so a missing file fails its own, clearly named test.
  for (const namespace of namespaces) {
    for (const locale of catalogueLocales) {
      it(`messages/${locale}/${namespace}.json exists and is a JSON object`, () => {
        expect(existsSync(fileOf(locale, namespace))).toBe(true);
        const data = load(locale, namespace);
        expect(data !== null && typeof data === "object" && !Array.isArray(data)).toBe(true);
      });

      it(`${locale}/${namespace}: no empty or non-string values`, () => {
        const bad = [...leaves(load(locale, namespace))].filter(
          ([, v]) => typeof v !== "string" || v.trim() === "",
        );
        expect(bad.map(([path]) => path)).toEqual([]);
      });

      if (locale === defaultLocale) continue;

      it(`${locale}/${namespace}: same key paths as ${defaultLocale}`, () => {
        const reference = leaves(load(defaultLocale, namespace));
        const messages = leaves(load(locale, namespace));
        expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
      });

      it(`${locale}/${namespace}: same placeholders and tags as ${defaultLocale}`, () => {
        const reference = leaves(load(defaultLocale, namespace));
        const messages = leaves(load(locale, namespace));
        for (const [path, value] of reference) {
          const translated = messages.get(path);
          if (typeof value !== "string" || typeof translated !== "string") continue;
          expect(placeholders(translated), path).toEqual(placeholders(value));
        }
      });
    }
  }
});
