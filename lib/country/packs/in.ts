import type { CountryPack } from "../types";
import { indiaDemo } from "./in-demo";
import { loadIndiaGeography } from "./in-geography";
import { indiaPhotoIdTypes } from "./in-photo-ids";
import { indiaVaccines } from "./in-vaccines";

export const india: CountryPack = {
  code: "IN",
  name: { en: "India", hi: "भारत" },
  defaultLocale: "en",
  locales: ["en", "hi"],
  timeZone: "Asia/Kolkata",
  phone: {
    region: "IN",
    callingCode: "91",
    // Indian mobile numbers: ten digits starting 6–9.
    nationalNumberPattern: "[6-9][0-9]{9}",
    example: "9876543210",
  },
  geographyLabels: {
    level1: { en: "State", hi: "राज्य" },
    level2: { en: "District", hi: "ज़िला" },
    postalCode: { en: "PIN code", hi: "पिन कोड" },
  },
  // Six digits, the first never 0.
  postalCode: { pattern: "[1-9][0-9]{5}", example: "560001" },
  photoIdTypes: indiaPhotoIdTypes,
  vaccines: indiaVaccines,
  beneficiaryLimitPerAccount: 4,
  otp: { length: 6, validSeconds: 180, maxAttempts: 5, resendAfterSeconds: 60, dailyCapPerMobile: 10, dailyCapPerIp: 300 },
  appointments: { maxPeoplePerBooking: 4, rescheduleLimit: 3 },
  vaccination: { maxCodeAttempts: 5 },
  bookingAttempts: { perAccount: { limit: 30, windowSeconds: 600 }, perAddress: { limit: 300, windowSeconds: 600 } },
  citizenSessionMinutes: 30,
  certificate: { issuer: "Ministry of Health and Family Welfare", country: "IN", validityDays: 365 },
  geography: loadIndiaGeography,
  demo: indiaDemo,
};
