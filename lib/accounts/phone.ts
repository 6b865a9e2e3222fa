import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { PhoneRules } from "@/lib/country/types";

/**
 * A mobile number as typed ("98765 43210", "+91-98765-43210", "098765…") → E.164 ("+919876543210"),
 * or null when it is not a mobile number of the pack's country.
 */
export function normaliseMobile(raw: string, rules: PhoneRules): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), rules.region as CountryCode);
  if (!parsed || parsed.countryCallingCode !== rules.callingCode || !parsed.isValid()) return null;
  if (!new RegExp(`^(?:${rules.nationalNumberPattern})$`).test(parsed.nationalNumber)) return null;
  return parsed.number;
}

/** "+919876543210" → "+91 ••••••3210": enough for a person to recognise their own number. */
export function maskMobile(e164: string, rules: PhoneRules): string {
  const national = e164.startsWith(`+${rules.callingCode}`) ? e164.slice(rules.callingCode.length + 1) : e164;
  return `+${rules.callingCode} ${"•".repeat(Math.max(0, national.length - 4))}${national.slice(-4)}`;
}
