import { z } from "zod";
import type { PostalCodeRules } from "@/lib/country/types";
import { withDigits } from "@/lib/forms/digits";
import { doseKinds, isIsoDate, parseDmyDate } from "./rules";

/*
 * One schema per input, shared by the public API and the search pages. Every API parameter carries
 * the errorCode its 400 answer uses. CoWIN answered a malformed PIN with {"errorCode":"APPOIN0018",
 * "error":"Invalid Pincode"} (seen in client code handling it); its codes for the other parameters are
 * not documented anywhere we could find, so those use stable, self-describing codes.
 */
export const apiErrors = {
  date: { errorCode: "INVALID_DATE", error: "Invalid date: use DD-MM-YYYY" },
  pincode: { errorCode: "APPOIN0018", error: "Invalid Pincode" },
  district_id: { errorCode: "INVALID_DISTRICT_ID", error: "Invalid district_id" },
  state_id: { errorCode: "INVALID_STATE_ID", error: "Invalid state_id" },
  center_id: { errorCode: "INVALID_CENTER_ID", error: "Invalid center_id" },
  lat: { errorCode: "INVALID_LATITUDE", error: "Invalid lat: a number from -90 to 90" },
  long: { errorCode: "INVALID_LONGITUDE", error: "Invalid long: a number from -180 to 180" },
} as const;
export type ApiParam = keyof typeof apiErrors;

/** A positive database id written as plain digits ("12", not "1e1", "-3" or "12.0"). */
export const idParam = z
  .string()
  .trim()
  .regex(/^[0-9]{1,9}$/)
  .transform(Number)
  .refine((n) => n > 0);

/** Postal codes: digits (in any script) and letters (3–10), spaces ignored, so more than India's six-digit PINs fit. */
export const postalCodeParam = withDigits(
  z
    .string()
    .transform((v) => v.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().regex(/^[0-9A-Z]{3,10}$/)),
);

/** A postal code typed into the search page, held to the country's own pattern so a typo is named, not searched. */
export function postalCodeSearchParam(rules: PostalCodeRules) {
  return postalCodeParam.pipe(z.string().regex(new RegExp(`^(?:${rules.pattern})$`)));
}

/** DD-MM-YYYY in, ISO out. */
export const dmyDateParam = z.string().trim().transform((value, ctx) => {
  const iso = parseDmyDate(value);
  if (!iso) {
    ctx.addIssue({ code: "custom", message: "invalid date" });
    return z.NEVER;
  }
  return iso;
});

const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .regex(/^-?[0-9]{1,3}(\.[0-9]+)?$/)
    .transform(Number)
    .refine((n) => Math.abs(n) <= limit);

export const latParam = coordinate(90);
export const lngParam = coordinate(180);

export const apiParamSchemas = {
  date: dmyDateParam,
  pincode: postalCodeParam,
  district_id: idParam,
  state_id: idParam,
  center_id: idParam,
  lat: latParam,
  long: lngParam,
} satisfies Record<ApiParam, z.ZodType>;

// ── Search page ───────────────────────────────────────────────────────────────
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional());

/** The search page's URL (shareable): one way to search plus filters. Bad values are reported, never thrown. */
export const searchParamsSchema = z.object({
  pin: optional(postalCodeParam),
  state: optional(idParam),
  district: optional(idParam),
  lat: optional(latParam),
  lng: optional(lngParam),
  age: optional(z.string().regex(/^[0-9]{1,3}$/).transform(Number)),
  vaccine: optional(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)),
  fee: optional(z.enum(["free", "paid"])),
  dose: optional(z.enum(doseKinds as [string, ...string[]]).transform((d) => d as (typeof doseKinds)[number])),
  available: optional(z.literal("1").transform(() => true)),
  /** First day shown, YYYY-MM-DD (an <input type="date"> value); today when absent. */
  from: optional(z.string().refine(isIsoDate)),
  /** Whom the search is for (a beneficiary id), carried to every "Book" link; checked against the account when booking. */
  for: optional(z.uuid()),
  /** Which page of results, from 1. */
  page: optional(z.string().regex(/^[0-9]{1,4}$/).transform(Number).refine((n) => n >= 1)),
});
export type SearchParams = z.output<typeof searchParamsSchema>;
