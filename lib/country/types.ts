import type { Locale } from "@/lib/i18n/locales";

/** Text in each locale a pack offers; English is always present as the fallback. */
export type LocalisedText = { en: string } & Partial<Record<Locale, string>>;

export interface PhoneRules {
  /** ISO 3166-1 alpha-2 region, as libphonenumber expects it. */
  region: string;
  /** Calling code without "+", e.g. "91". */
  callingCode: string;
  /** Source of a RegExp for the national (significant) number, without anchors. */
  nationalNumberPattern: string;
  example: string;
}

/** What the pack's postal codes look like, for hints on search forms. */
export interface PostalCodeRules {
  /** A real-looking code, e.g. "560001". */
  example: string;
}

export interface GeographyLabels {
  level1: LocalisedText;
  level2: LocalisedText;
  postalCode: LocalisedText;
}

export interface PostalCodeRules {
  /** Source of a RegExp, without anchors, for a code written without spaces (letters upper case). */
  pattern: string;
  /** A real-looking code, for the search hint and "A PIN code is 6 digits, like 560001". */
  example: string;
}

export type PhotoIdChecksum = "verhoeff";

export interface PhotoIdType {
  code: string;
  label: LocalisedText;
  /** Source of a RegExp, without anchors, for the normalised value (upper case, no spaces, hyphens or slashes). */
  pattern: string;
  checksum?: PhotoIdChecksum;
  /** A made-up value that passes validation, for placeholders and tests. */
  example: string;
}

/** One vaccine and its schedule; the fields match the `vaccines` table. */
export interface VaccineSpec {
  code: string;
  name: string;
  manufacturer: string;
  primaryDoses: number;
  dose2MinDays: number | null;
  dose2MaxDays: number | null;
  precautionMinDays: number | null;
  minAgeYears: number;
  maxAgeYears: number | null;
  /** Codes of vaccines whose earlier doses this one may follow. */
  mixableWith: string[];
  dccProphylaxis: string;
  dccProduct: string;
  dccManufacturer: string;
}

export interface GeoState {
  id: number;
  name: string;
  nameLocal?: string | null;
}

export interface GeoDistrict {
  id: number;
  stateId: number;
  name: string;
  nameLocal?: string | null;
}

export interface CountryGeography {
  states: GeoState[];
  districts: GeoDistrict[];
}

export interface DemoCity {
  city: string;
  districtId: number;
  /** First postal code; the demo adds codes numerically from it, keeping its width. */
  postalCodeBase: string;
  lat: number;
  lng: number;
  /** Neighbourhoods used in facility names and addresses. */
  areas: string[];
  /** Administrative blocks (sub-districts) facilities are spread over. */
  blocks: string[];
}

export interface DemoSection {
  cities: DemoCity[];
  postalCodesPerCity: number;
  facilitiesPerCity: number;
  /** Share of facilities that are government-run (free); the rest are private (paid). */
  governmentShare: number;
  /** Name templates with {area} and {city} placeholders. */
  facilityNames: { government: string[]; private: string[] };
  streets: string[];
  /** What private facilities charge per vaccine code, in the local currency. */
  privateFees: Record<string, number>;
  /** Minimum ages sessions are opened for (a session never goes below its vaccine's minimum age). */
  sessionMinAges: number[];
}

/** One-time passwords for citizen sign-in. */
export interface OtpRules {
  length: number;
  validSeconds: number;
  maxAttempts: number;
  resendAfterSeconds: number;
  dailyCapPerMobile: number;
  /** Generous: mobile carriers put many subscribers behind one address (CGNAT). */
  dailyCapPerIp: number;
}

/** Booking, rescheduling and cancelling appointments. */
export interface AppointmentRules {
  /** How many of an account's people one booking may cover (CoWIN: 4, the whole account). */
  maxPeoplePerBooking: number;
  /** How many times one appointment may be moved to another session or slot. */
  rescheduleLimit: number;
}

/** The vaccinator's desk. */
export interface VaccinationRules {
  /** Wrong security codes one appointment may take in a day before it is locked until the next. */
  maxCodeAttempts: number;
}

export interface AttemptLimit {
  limit: number;
  windowSeconds: number;
}

export interface CountryPack {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: LocalisedText;
  defaultLocale: Locale;
  locales: Locale[];
  /** IANA time zone: the country's "today" decides session dates. */
  timeZone: string;
  phone: PhoneRules;
  geographyLabels: GeographyLabels;
  postalCode: PostalCodeRules;
  photoIdTypes: PhotoIdType[];
  vaccines: VaccineSpec[];
  beneficiaryLimitPerAccount: number;
  otp: OtpRules;
  appointments: AppointmentRules;
  vaccination: VaccinationRules;
  /** Booking attempts (successful or not) allowed per account and per client address, per window; shared by all instances. */
  bookingAttempts: { perAccount: AttemptLimit; perAddress: AttemptLimit };
  /** How long a citizen stays signed in without signing in again. */
  citizenSessionMinutes: number;
  /**
   * EU DCC `is` and `co`, and how long a signed QR stays valid (its CWT expiry): a citizen downloads a fresh
   * one after that; the vaccination itself does not expire.
   */
  certificate: { issuer: string; country: string; validityDays: number };
  /** Loaded on demand: the full geography is large and most callers never need it. */
  geography(): Promise<CountryGeography>;
  demo: DemoSection;
}
