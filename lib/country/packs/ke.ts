import type { CountryGeography, CountryPack } from "../types";

// A deliberately small second pack: if seeding and the app work with it, nothing India-specific is in code.
// County ids are Kenya's official county codes; sub-county ids are the county code followed by two digits.
const geography: CountryGeography = {
  states: [
    { id: 1, name: "Mombasa" },
    { id: 42, name: "Kisumu" },
    { id: 47, name: "Nairobi" },
  ],
  districts: [
    { id: 101, stateId: 1, name: "Mvita" },
    { id: 102, stateId: 1, name: "Nyali" },
    { id: 103, stateId: 1, name: "Likoni" },
    { id: 104, stateId: 1, name: "Kisauni" },
    { id: 4201, stateId: 42, name: "Kisumu Central" },
    { id: 4202, stateId: 42, name: "Kisumu East" },
    { id: 4203, stateId: 42, name: "Kisumu West" },
    { id: 4701, stateId: 47, name: "Westlands" },
    { id: 4702, stateId: 47, name: "Dagoretti North" },
    { id: 4703, stateId: 47, name: "Lang'ata" },
    { id: 4704, stateId: 47, name: "Starehe" },
  ],
};

export const kenya: CountryPack = {
  code: "KE",
  name: { en: "Kenya" },
  defaultLocale: "en",
  locales: ["en"],
  timeZone: "Africa/Nairobi",
  phone: { region: "KE", callingCode: "254", nationalNumberPattern: "(?:7[0-9]|1[01])[0-9]{7}", example: "712345678" },
  geographyLabels: {
    level1: { en: "County" },
    level2: { en: "Sub-county" },
    postalCode: { en: "Postal code" },
  },
  postalCode: { pattern: "[0-9]{5}", example: "00100" },
  photoIdTypes: [
    { code: "NATIONAL_ID", label: { en: "National ID card" }, pattern: "[0-9]{7,8}", example: "12345678" },
    { code: "PASSPORT", label: { en: "Passport" }, pattern: "[A-Z]{1,2}[0-9]{6,8}", example: "AK0123456" },
  ],
  vaccines: [
    {
      code: "VAXZEVRIA",
      name: "Vaxzevria (AstraZeneca)",
      manufacturer: "AstraZeneca",
      primaryDoses: 2,
      dose2MinDays: 56,
      dose2MaxDays: 84,
      precautionMinDays: 180,
      minAgeYears: 18,
      maxAgeYears: null,
      mixableWith: [],
      dccProphylaxis: "J07BX03",
      dccProduct: "EU/1/21/1529",
      dccManufacturer: "ORG-100001699",
    },
    {
      code: "JANSSEN",
      name: "COVID-19 Vaccine Janssen",
      manufacturer: "Janssen-Cilag International",
      primaryDoses: 1,
      dose2MinDays: null,
      dose2MaxDays: null,
      precautionMinDays: 180,
      minAgeYears: 18,
      maxAgeYears: null,
      mixableWith: [],
      dccProphylaxis: "J07BX03",
      dccProduct: "EU/1/20/1525",
      dccManufacturer: "ORG-100001417",
    },
  ],
  beneficiaryLimitPerAccount: 4,
  otp: { length: 6, validSeconds: 180, maxAttempts: 5, resendAfterSeconds: 60, dailyCapPerMobile: 10, dailyCapPerIp: 300 },
  appointments: { maxPeoplePerBooking: 4, rescheduleLimit: 2 },
  vaccination: { maxCodeAttempts: 5 },
  bookingAttempts: { perAccount: { limit: 30, windowSeconds: 600 }, perAddress: { limit: 300, windowSeconds: 600 } },
  citizenSessionMinutes: 30,
  certificate: { issuer: "Ministry of Health, Kenya", country: "KE", validityDays: 365 },
  geography: async () => geography,
  demo: {
    postalCodesPerCity: 10,
    facilitiesPerCity: 12,
    governmentShare: 0.75,
    cities: [
      {
        city: "Nairobi", districtId: 4704, postalCodeBase: "00100", lat: -1.2864, lng: 36.8172,
        areas: ["Upper Hill", "Ngara", "Parklands", "Kilimani", "Eastleigh", "Pangani", "Kariokor", "South B"],
        blocks: ["Nairobi Central", "Ngara", "Pangani"],
      },
      {
        city: "Mombasa", districtId: 101, postalCodeBase: "80100", lat: -4.0435, lng: 39.6682,
        areas: ["Old Town", "Tudor", "Majengo", "Ganjoni", "Tononoka", "Shimanzi", "Makadara", "Kizingo"],
        blocks: ["Mvita", "Tononoka", "Majengo"],
      },
    ],
    facilityNames: {
      government: ["{area} Health Centre", "{area} Dispensary", "{city} County Referral Hospital", "{area} Sub-County Hospital"],
      private: ["{area} Medical Centre", "{area} Nursing Home", "Mercy Clinic {area}"],
    },
    streets: ["Moi Avenue", "Kenyatta Avenue", "Haile Selassie Avenue", "Ngong Road", "Digo Road", "Nkrumah Road"],
    privateFees: { VAXZEVRIA: 1000, JANSSEN: 1500 },
    sessionMinAges: [18, 50],
  },
};
