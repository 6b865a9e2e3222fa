import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getCountryPack, listCountryPacks } from "@/lib/country";
import { catalogueLocales } from "@/lib/i18n/locales";
import { beneficiarySchema, editBeneficiarySchema, removeBeneficiarySchema } from "./schemas";

const india = getCountryPack("IN");
const schema = beneficiarySchema(india, 2026);
const valid = { name: "Asha Devi", gender: "female", birthYear: "1985", photoIdType: "AADHAAR", photoIdNumber: "9999 4105 7058" };

function issues(input: Record<string, unknown>, s: { safeParse(v: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } } = schema) {
  return (s.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
}

describe("beneficiarySchema: India's photo IDs", () => {
  it.each([
    ["AADHAAR", "9999 4105 7058", "999941057058"],
    ["DRIVING_LICENCE", "MH-14-2011-0062821", "MH1420110062821"],
    ["PAN", "abcde1234f", "ABCDE1234F"],
    ["PASSPORT", "K1234567", "K1234567"],
    ["PENSION_PASSBOOK", "PPO 123456", "PPO123456"],
    ["NPR_SMART_CARD", "NPR20210000123", "NPR20210000123"],
    ["VOTER_ID", "abc1234567", "ABC1234567"],
    ["UDID", "KA01 2019 0012 345678", "KA0120190012345678"],
    ["RATION_CARD", "KA/123456/789012", "KA123456789012"],
    ["SERVICE_ID", "EMP-2021-001", "EMP2021001"],
    ["STUDENT_ID", "STU20210042", "STU20210042"],
  ])("accepts %s %s, normalised", (photoIdType, photoIdNumber, normalised) => {
    const parsed = schema.safeParse({ ...valid, photoIdType, photoIdNumber });
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.photoIdNumber).toBe(normalised);
  });

  it.each([
    ["AADHAAR", "1999 4105 7058"], // cannot start with 0 or 1
    ["AADHAAR", "9999 4105 705"],
    ["DRIVING_LICENCE", "1234567890"],
    ["PAN", "ABCD12345F"],
    ["PASSPORT", "K123456"],
    ["PENSION_PASSBOOK", "PP1"],
    ["NPR_SMART_CARD", "NPR1"],
    ["VOTER_ID", "AB12345678"],
    ["UDID", "KA01201900123"],
    ["RATION_CARD", "K@123456"],
    ["SERVICE_ID", "E1"],
    ["STUDENT_ID", "ST!"],
  ])("refuses %s %s with that type's own message", (photoIdType, photoIdNumber) => {
    expect(issues({ ...valid, photoIdType, photoIdNumber })).toEqual([["photoIdNumber", `photoId.invalid.${photoIdType}`]]);
  });

  it("says when only the check digit is wrong", () => {
    expect(issues({ ...valid, photoIdNumber: "9999 4105 7059" })).toEqual([["photoIdNumber", "photoId.checksum.AADHAAR"]]);
  });

  it("reads digits typed in Devanagari", () => {
    const parsed = schema.parse({ ...valid, birthYear: "१९८५", photoIdNumber: "९९९९ ४१०५ ७०५८" });
    expect(parsed).toMatchObject({ birthYear: 1985, photoIdNumber: "999941057058" });
  });

  it("checks the number against the chosen type, not any type", () => {
    expect(issues({ ...valid, photoIdType: "PAN", photoIdNumber: "9999 4105 7058" })).toEqual([["photoIdNumber", "photoId.invalid.PAN"]]);
  });

  it("refuses a type the pack does not have, without judging the number", () => {
    expect(issues({ ...valid, photoIdType: "NATIONAL_ID", photoIdNumber: "12345678" })).toEqual([["photoIdType", "beneficiary.photoIdTypeRequired"]]);
  });

  it("reports the ID error together with the other fields' errors", () => {
    expect(issues({ ...valid, name: "", photoIdNumber: "9999 4105 7059" })).toEqual([
      ["name", "required"],
      ["name", "beneficiary.nameInvalid"],
      ["photoIdNumber", "photoId.checksum.AADHAAR"],
    ]);
  });
});

describe("beneficiarySchema: the person", () => {
  it("parses a full form, ticking comorbidity from a checkbox and collapsing spaces", () => {
    expect(schema.parse({ ...valid, name: "  आशा   देवी ", comorbidity: "on" })).toEqual({
      name: "आशा देवी",
      gender: "female",
      birthYear: 1985,
      photoIdType: "AADHAAR",
      photoIdNumber: "999941057058",
      comorbidity: true,
    });
    expect(schema.parse(valid).comorbidity).toBe(false);
  });

  it.each([
    [{ name: "" }, "name", "required"],
    [{ name: "A".repeat(101) }, "name", "tooLong"],
    [{ name: "Asha123" }, "name", "beneficiary.nameInvalid"],
    [{ name: "<script>" }, "name", "beneficiary.nameInvalid"],
    [{ gender: "unknown" }, "gender", "beneficiary.genderRequired"],
    [{ gender: undefined }, "gender", "beneficiary.genderRequired"],
    [{ birthYear: "" }, "birthYear", "beneficiary.birthYearRequired"],
    [{ birthYear: undefined }, "birthYear", "beneficiary.birthYearRequired"],
    [{ birthYear: "19x5" }, "birthYear", "beneficiary.birthYearInvalid"],
    [{ birthYear: "1985.5" }, "birthYear", "beneficiary.birthYearInvalid"],
    [{ birthYear: "1905" }, "birthYear", "beneficiary.birthYearRange"],
    [{ birthYear: "2027" }, "birthYear", "beneficiary.birthYearRange"],
    [{ photoIdType: "" }, "photoIdType", "beneficiary.photoIdTypeRequired"],
    [{ photoIdNumber: "" }, "photoIdNumber", "required"],
  ])("%j → %s: %s", (change, path, message) => {
    expect(issues({ ...valid, ...change })).toContainEqual([path, message]);
  });

  it.each(["O'Brien", "Dr. R. K. Rao", "José Núñez", "ராமன்"])("accepts the name %s", (name) => {
    expect(issues({ ...valid, name })).toEqual([]);
  });

  it("bounds birth years by the year it is given", () => {
    expect(issues({ ...valid, birthYear: "2030" }, beneficiarySchema(india, 2030))).toEqual([]);
  });
});

describe("edit and remove schemas", () => {
  const id = "7b0c9a52-2f7e-4c1e-9a51-9f1f2d8c1a11";

  it("let the ID number stay blank when editing, but still check a new one", () => {
    const edit = editBeneficiarySchema(india, 2026);
    expect(edit.parse({ ...valid, photoIdNumber: "", beneficiaryId: id }).photoIdNumber).toBe("");
    expect(issues({ ...valid, photoIdNumber: "9999 4105 7059", beneficiaryId: id }, edit)).toEqual([["photoIdNumber", "photoId.checksum.AADHAAR"]]);
    expect(issues({ ...valid, beneficiaryId: "42" }, edit)).toEqual([["beneficiaryId", "beneficiary.notFound"]]);
  });

  it("take only a uuid to remove", () => {
    expect(removeBeneficiarySchema.parse({ beneficiaryId: id })).toEqual({ beneficiaryId: id });
    expect(removeBeneficiarySchema.safeParse({ beneficiaryId: "1 or 1=1" }).success).toBe(false);
  });
});

describe("photo ID messages", () => {
  // A new pack must bring its types' messages, or its citizens would see a vague "not valid".
  it.each(catalogueLocales)("exist in %s for every pack's photo ID types", (locale) => {
    const catalogue = JSON.parse(readFileSync(new URL(`../../messages/${locale}/validation.json`, import.meta.url), "utf8")) as { photoId: { invalid: Record<string, string> } };
    const codes = new Set(listCountryPacks().flatMap((pack) => pack.photoIdTypes.map((type) => type.code)));
    expect([...codes].filter((code) => !catalogue.photoId.invalid[code])).toEqual([]);
  });

  it.each(catalogueLocales)("exist in %s for a wrong check digit of every type that has one", (locale) => {
    const catalogue = JSON.parse(readFileSync(new URL(`../../messages/${locale}/validation.json`, import.meta.url), "utf8")) as { photoId: { checksum: Record<string, string> } };
    const codes = listCountryPacks().flatMap((pack) => pack.photoIdTypes.filter((type) => type.checksum).map((type) => type.code));
    expect(codes.filter((code) => !catalogue.photoId.checksum[code])).toEqual([]);
  });
});
