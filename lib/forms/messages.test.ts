import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { citizenMobileSchema, staffSignInSchema } from "@/lib/auth/schemas";
import { beneficiarySchema } from "@/lib/beneficiaries/schemas";
import { getCountryPack } from "@/lib/country";
import { verhoeffCheckDigit } from "@/lib/country/checksums";
import type { Locale } from "@/lib/i18n/locales";
import { parseFormData } from "./parse";

// The real schemas through the real catalogues: each message says what is wrong with which field.

function translator(locale: Locale) {
  const messages = JSON.parse(readFileSync(new URL(`../../messages/${locale}/validation.json`, import.meta.url), "utf8"));
  const t = createTranslator({ locale, messages, namespace: undefined });
  return { t: (key: string, values?: Record<string, string | number>) => t(key as never, values as never), has: (key: string) => t.has(key as never) };
}

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

function errorsOf(schema: Parameters<typeof parseFormData>[0], entries: Record<string, string>, locale: Locale = "en") {
  const { t, has } = translator(locale);
  const result = parseFormData(schema, form(entries), t, has);
  return result.ok ? {} : Object.fromEntries(Object.entries(result.state.fieldErrors ?? {}).map(([field, list]) => [field, list[0]]));
}

const beneficiary = beneficiarySchema(getCountryPack("IN"), 2026);
const aadhaarBody = "99994105705";
const person = { name: "Asha Devi", gender: "female", birthYear: "1985", photoIdType: "AADHAAR", photoIdNumber: aadhaarBody + verhoeffCheckDigit(aadhaarBody) };

describe("validation messages people can act on", () => {
  it("name the field that is missing instead of 'This field is required'", () => {
    expect(errorsOf(beneficiary, { ...person, name: "", birthYear: "", photoIdNumber: "" })).toEqual({
      name: "Enter the full name.",
      birthYear: "Enter the year of birth.",
      photoIdNumber: "Enter the photo ID number.",
    });
    expect(errorsOf(staffSignInSchema, { username: "", password: "" })).toEqual({ username: "Enter your username.", password: "Enter your password." });
    expect(errorsOf(citizenMobileSchema, { mobile: "" })).toEqual({ mobile: "Enter your mobile number." });
  });

  it("say the limit that was passed", () => {
    expect(errorsOf(beneficiary, { ...person, name: "A".repeat(101) })).toEqual({ name: "Names can be at most 100 characters." });
  });

  it("point at the digit to check when only an Aadhaar number's check digit is wrong", () => {
    const typo = aadhaarBody + ((verhoeffCheckDigit(aadhaarBody) + 1) % 10);
    expect(errorsOf(beneficiary, { ...person, photoIdNumber: typo })).toEqual({
      photoIdNumber: "The last digit does not match — check the Aadhaar number.",
    });
    expect(errorsOf(beneficiary, { ...person, photoIdNumber: typo }, "hi").photoIdNumber).toBe("आख़िरी अंक मेल नहीं खाता — आधार नंबर जाँचें।");
  });

  it("speak Hindi on a Hindi page", () => {
    expect(errorsOf(beneficiary, { ...person, name: "" }, "hi")).toEqual({ name: "पूरा नाम दर्ज करें।" });
  });
});
