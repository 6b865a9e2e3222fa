import { describe, expect, it } from "vitest";
import { verhoeffCheckDigit, verhoeffValid } from "./checksums";
import { getCountryPack } from "./index";
import { isValidPhotoId, normalisePhotoId, photoIdProblem, photoIdType } from "./photo-id";

describe("Verhoeff", () => {
  it.each(["2363", "999941057058", "999971658847"])("accepts %s", (value) => expect(verhoeffValid(value)).toBe(true));
  it.each(["2364", "999941057059", "999914057058", "12a4", ""])("rejects %s", (value) => expect(verhoeffValid(value)).toBe(false));
  it("computes the digit that makes a number valid", () => {
    expect(verhoeffCheckDigit("236")).toBe(3);
    expect(verhoeffValid(`98765432101${verhoeffCheckDigit("98765432101")}`)).toBe(true);
  });
});

describe("photo ID numbers", () => {
  const india = getCountryPack("IN");
  const type = (code: string) => photoIdType(india, code)!;

  it("normalises case and separators", () => {
    expect(normalisePhotoId(" abcde-1234 f ")).toBe("ABCDE1234F");
    expect(normalisePhotoId("9999 4105 7058")).toBe("999941057058");
  });

  it("reads digits typed in Devanagari as 0-9, so the same ID hashes alike however it was typed", () => {
    expect(normalisePhotoId("९९९९ ४१०५ ७०५८")).toBe("999941057058");
    expect(isValidPhotoId(type("AADHAAR"), "९९९९ ४१०५ ७०५८")).toBe(true);
  });

  it.each([
    ["AADHAAR", "9999 4105 7058", undefined],
    ["AADHAAR", "9999 4105 7059", "checksum"], // a typo in one digit: say which digit to check
    ["AADHAAR", "9999 4105 705", "invalid"],
    ["AADHAAR", "1999 4105 7058", "invalid"],
    ["PAN", "ABCD12345F", "invalid"],
  ] as const)("%s %s: problem %s", (code, value, problem) => {
    expect(photoIdProblem(type(code), value)).toBe(problem);
  });

  it.each([
    ["AADHAAR", "9999 4105 7058", true],
    ["AADHAAR", "9999 4105 7059", false], // checksum
    ["AADHAAR", "1999 4105 7058", false], // cannot start with 0 or 1
    ["PAN", "abcde1234f", true],
    ["PAN", "ABCD12345F", false],
    ["PASSPORT", "K1234567", true],
    ["PASSPORT", "K123456", false],
    ["VOTER_ID", "ABC1234567", true],
    ["VOTER_ID", "AB12345678", false],
    ["DRIVING_LICENCE", "MH-14-2011-0062821", true],
  ] as const)("%s %s → %s", (code, value, valid) => {
    expect(isValidPhotoId(type(code), value)).toBe(valid);
  });

  it("knows only the pack's types", () => {
    expect(photoIdType(india, "NATIONAL_ID")).toBeUndefined();
    expect(photoIdType(getCountryPack("KE"), "NATIONAL_ID")?.label.en).toBe("National ID card");
  });
});
