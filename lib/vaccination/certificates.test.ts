import { describe, expect, it } from "vitest";
import { certificateKindFor } from "./certificates";

describe("certificateKindFor", () => {
  it.each([
    [1, 2, "provisional"],
    [2, 2, "final"],
    [3, 2, "precaution"],
    [1, 1, "final"],
    [2, 1, "precaution"],
    [1, 3, "provisional"],
    [2, 3, "provisional"],
    [3, 3, "final"],
    [4, 3, "precaution"],
  ] as const)("dose %i of a %i-dose series is %s", (doseNumber, primaryDoses, kind) => {
    expect(certificateKindFor(doseNumber, primaryDoses)).toBe(kind);
  });
});
