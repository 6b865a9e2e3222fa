import { z } from "zod";
import { normalizePem } from "@/lib/certificates/key-material";

/*
 * Field types for environment variables. Each message says what a good value looks like, so the start-up
 * error reads "DATABASE_POOL_MAX: expected a whole number ≥ 1". An empty value counts as unset.
 */
const unsetWhenEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const env = <T extends z.ZodType>(schema: T) => z.preprocess(unsetWhenEmpty, schema.optional());

/** The value when the variable is unset or empty. */
export const orDefault = <T extends z.ZodType, D extends NonNullable<z.output<T>>>(field: T, value: D) =>
  field.transform((v): NonNullable<z.output<T>> => v ?? value);

export const envString = () => env(z.string().trim());

export const countryCode = () =>
  env(
    z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, "expected a two-letter country code such as IN or KE")),
  );

export function wholeNumber(min: number) {
  const message = `expected a whole number ≥ ${min}`;
  return env(
    z
      .string()
      .trim()
      .regex(/^\d{1,15}$/, message)
      .transform(Number)
      .refine((n) => n >= min, message),
  );
}

export const envBoolean = () =>
  env(z.enum(["true", "false"], { error: "expected true or false" }).transform((value) => value === "true"));

export const envEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  env(z.enum(values, { error: `expected one of ${values.join(", ")}` }));

export function envUrl(protocols: readonly string[], description: string) {
  return env(
    z
      .string()
      .trim()
      .refine((value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      }, `expected ${description}`),
  );
}

/** A JSON object of header names to string values, e.g. {"authorization":"Bearer …"}. */
export const headersJson = () =>
  env(
    z.string().transform((text, ctx) => {
      const message = 'expected a JSON object of header names to strings, e.g. {"x-api-key":"…"}';
      try {
        const value: unknown = JSON.parse(text);
        const ok = value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
        if (ok) return value as Record<string, string>;
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }),
  );

/** PEM text, with literal "\n" read as newlines (env files often hold a PEM on one line); `check` throws what is wrong. */
export const envPem = (check: (pem: string) => void) =>
  env(
    z.string().transform((text, ctx) => {
      const pem = normalizePem(text);
      try {
        check(pem);
        return pem;
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  );
