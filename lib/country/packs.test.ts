import { describe, expect, it } from "vitest";
import { catalogueLocales } from "@/lib/i18n/locales";
import { getCountryPack, listCountryPacks } from "./index";
import { postalCodeParam } from "@/lib/centres/schemas";
import { isValidPhotoId } from "./photo-id";
import type { CountryPack, LocalisedText } from "./types";

function localisedTexts(pack: CountryPack): LocalisedText[] {
  const { level1, level2, postalCode } = pack.geographyLabels;
  return [pack.name, level1, level2, postalCode, ...pack.photoIdTypes.map((t) => t.label)];
}

const unique = <T,>(items: readonly T[]) => new Set(items).size === items.length;

describe.each(listCountryPacks().map((pack) => [pack.code, pack] as const))("country pack %s", (_code, pack) => {
  it("has an ISO code, a time zone and a certificate issuer for its own country", () => {
    expect(pack.code).toMatch(/^[A-Z]{2}$/);
    expect(pack.certificate.country).toBe(pack.code);
    expect(pack.certificate.issuer.length).toBeGreaterThan(0);
    expect(() => new Intl.DateTimeFormat("en", { timeZone: pack.timeZone })).not.toThrow();
    expect(pack.beneficiaryLimitPerAccount).toBeGreaterThan(0);
  });

  it("offers only catalogue locales, and translates its labels into each", () => {
    expect(pack.locales.every((l) => (catalogueLocales as readonly string[]).includes(l))).toBe(true);
    expect(pack.locales).toContain(pack.defaultLocale);
    for (const text of localisedTexts(pack)) {
      for (const locale of pack.locales) expect(text[locale], JSON.stringify(text)).toBeTruthy();
    }
  });

  it("has a phone pattern that its example matches", () => {
    expect(pack.phone.region).toBe(pack.code);
    expect(pack.phone.callingCode).toMatch(/^[1-9][0-9]{0,2}$/);
    expect(new RegExp(`^(?:${pack.phone.nationalNumberPattern})$`).test(pack.phone.example)).toBe(true);
  });

  it("has a postal code pattern that its example and its demo cities match", () => {
    const postal = new RegExp(`^(?:${pack.postalCode.pattern})$`);
    expect(postal.test(pack.postalCode.example)).toBe(true);
    expect(postalCodeParam.safeParse(pack.postalCode.example).success).toBe(true);
    for (const city of pack.demo.cities) expect(postal.test(city.postalCodeBase), city.city).toBe(true);
  });

  it("has photo ID types with unique codes, compiling patterns and valid examples", () => {
    expect(pack.photoIdTypes.length).toBeGreaterThan(0);
    expect(unique(pack.photoIdTypes.map((t) => t.code))).toBe(true);
    for (const type of pack.photoIdTypes) {
      expect(() => new RegExp(type.pattern)).not.toThrow();
      expect(isValidPhotoId(type, type.example), type.code).toBe(true);
    }
  });

  it("has vaccines with consistent schedules", () => {
    const codes = pack.vaccines.map((v) => v.code);
    expect(unique(codes)).toBe(true);
    for (const v of pack.vaccines) {
      expect(v.primaryDoses).toBeGreaterThanOrEqual(1);
      expect(v.primaryDoses).toBeLessThanOrEqual(3);
      if (v.primaryDoses >= 2) {
        expect(v.dose2MinDays, v.code).toBeGreaterThan(0);
        if (v.dose2MaxDays !== null) expect(v.dose2MaxDays).toBeGreaterThanOrEqual(v.dose2MinDays!);
      } else {
        expect(v.dose2MinDays).toBeNull();
        expect(v.dose2MaxDays).toBeNull();
      }
      if (v.precautionMinDays !== null) expect(v.precautionMinDays).toBeGreaterThan(0);
      expect(v.minAgeYears).toBeGreaterThanOrEqual(0);
      if (v.maxAgeYears !== null) expect(v.maxAgeYears).toBeGreaterThanOrEqual(v.minAgeYears);
      expect(v.mixableWith.every((code) => codes.includes(code) && code !== v.code)).toBe(true);
      expect([v.dccProphylaxis, v.dccProduct, v.dccManufacturer].every((s) => s.length > 0)).toBe(true);
    }
  });

  it("lets a booking cover the whole account at most, and allows a few reschedules", () => {
    expect(Number.isInteger(pack.appointments.maxPeoplePerBooking)).toBe(true);
    expect(pack.appointments.maxPeoplePerBooking).toBeGreaterThan(0);
    expect(pack.appointments.maxPeoplePerBooking).toBeLessThanOrEqual(pack.beneficiaryLimitPerAccount);
    expect(Number.isInteger(pack.appointments.rescheduleLimit)).toBe(true);
    expect(pack.appointments.rescheduleLimit).toBeGreaterThanOrEqual(0);
  });

  it("locks an appointment after a few wrong security codes: too few to guess 4 digits, enough for typos", () => {
    const { maxCodeAttempts } = pack.vaccination;
    expect(Number.isInteger(maxCodeAttempts)).toBe(true);
    expect(maxCodeAttempts).toBeGreaterThanOrEqual(1);
    expect(maxCodeAttempts).toBeLessThanOrEqual(10);
  });

  it("limits booking attempts per address at least as loosely as per account (many accounts share an address)", () => {
    const { perAccount, perAddress } = pack.bookingAttempts;
    for (const rule of [perAccount, perAddress]) expect(Number.isInteger(rule.limit) && rule.limit > 0 && rule.windowSeconds > 0).toBe(true);
    expect(perAddress.limit / perAddress.windowSeconds).toBeGreaterThanOrEqual(perAccount.limit / perAccount.windowSeconds);
  });

  it("has a geography with stable unique ids and no orphan districts", async () => {
    const { states, districts } = await pack.geography();
    const stateIds = new Set(states.map((s) => s.id));
    expect(stateIds.size).toBe(states.length);
    expect(unique(districts.map((d) => d.id))).toBe(true);
    for (const id of [...stateIds, ...districts.map((d) => d.id)]) expect(Number.isInteger(id) && id > 0).toBe(true);
    for (const d of districts) expect(stateIds.has(d.stateId), `${d.name} → state ${d.stateId}`).toBe(true);
    for (const s of states) expect(districts.some((d) => d.stateId === s.id), s.name).toBe(true);
  });

  it("has a demo section that fits its geography and vaccines", async () => {
    const { districts } = await pack.geography();
    const { demo } = pack;
    expect(demo.cities.length).toBeGreaterThanOrEqual(2);
    for (const city of demo.cities) {
      expect(districts.some((d) => d.id === city.districtId), city.city).toBe(true);
      expect(city.postalCodeBase).toMatch(/^[0-9]+$/);
      expect(Math.abs(city.lat)).toBeLessThan(90);
      expect(Math.abs(city.lng)).toBeLessThan(180);
      expect(city.areas.length).toBeGreaterThan(0);
      expect(city.blocks.length).toBeGreaterThan(0);
    }
    // Postal codes are a primary key: the cities' ranges must not overlap.
    const codes = demo.cities.flatMap((c) => Array.from({ length: demo.postalCodesPerCity }, (_, i) => Number(c.postalCodeBase) + i));
    expect(unique(codes)).toBe(true);
    for (const v of pack.vaccines) expect(demo.privateFees[v.code], v.code).toBeGreaterThan(0);
    expect(demo.governmentShare).toBeGreaterThan(0);
    expect(demo.governmentShare).toBeLessThanOrEqual(1);
    expect(demo.sessionMinAges.length).toBeGreaterThan(0);
  });
});

describe("India pack", () => {
  it("carries CoWIN's 37 states and 756 districts", async () => {
    const { states, districts } = await getCountryPack("IN").geography();
    expect(states).toHaveLength(37);
    expect(districts).toHaveLength(756);
  });

  it("spreads its demo cities over at least six states", async () => {
    const pack = getCountryPack("IN");
    const { districts } = await pack.geography();
    const stateOf = new Map(districts.map((d) => [d.id, d.stateId]));
    expect(new Set(pack.demo.cities.map((c) => stateOf.get(c.districtId))).size).toBeGreaterThanOrEqual(6);
  });
});

describe("getCountryPack", () => {
  it("finds packs by code in any case and refuses unknown ones", () => {
    expect(getCountryPack("in").code).toBe("IN");
    expect(getCountryPack("KE").code).toBe("KE");
    expect(() => getCountryPack("ZZ")).toThrow(/Unknown country pack "ZZ"/);
  });
});
