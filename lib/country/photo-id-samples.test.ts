import { describe, expect, it } from "vitest";
import { listCountryPacks } from "./index";
import { isValidPhotoId } from "./photo-id";
import { samplePhotoId } from "./photo-id-samples";

const types = listCountryPacks().flatMap((pack) => pack.photoIdTypes.map((type) => [`${pack.code} ${type.code}`, type] as const));

describe("samplePhotoId", () => {
  it.each(types)("gives valid, varied numbers for %s", (_name, type) => {
    const samples = Array.from({ length: 50 }, () => samplePhotoId(type));
    expect(samples.filter((sample) => !isValidPhotoId(type, sample))).toEqual([]);
    expect(new Set(samples).size).toBeGreaterThan(40);
  });

  it("recomputes the check digit, so a draw that would fail the checksum still passes", () => {
    const aadhaar = types.find(([name]) => name === "IN AADHAAR")![1];
    const digits = [9, 9, 9, 9, 4, 1, 0, 5, 7, 0, 5, 9];
    expect(samplePhotoId(aadhaar, () => digits.shift()!)).toBe("999941057058");
  });
});
