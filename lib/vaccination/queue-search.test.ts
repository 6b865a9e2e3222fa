import { describe, expect, it } from "vitest";
import { digitKeys, parseQueueSearch } from "./queue-search";

describe("parseQueueSearch", () => {
  it.each([
    ["1234 5678 90123", { kind: "digits", digits: "1234567890123" }],
    ["123 4567 8901", { kind: "digits", digits: "12345678901" }],
    ["  0042 ", { kind: "digits", digits: "0042" }],
    ["98765-43210", { kind: "digits", digits: "9876543210" }],
    ["१२३४", { kind: "digits", digits: "1234" }],
    ["Asha  Verma", { kind: "name", text: "asha verma" }],
    ["ASHA", { kind: "name", text: "asha" }],
    ["आशा", { kind: "name", text: "आशा" }],
    ["+91 98765", { kind: "name", text: "+91 98765" }],
  ])("reads %j", (raw, expected) => {
    expect(parseQueueSearch(raw)).toEqual(expected);
  });

  it("is nothing for blank, missing or repeated parameters", () => {
    expect(parseQueueSearch("   ")).toBeNull();
    expect(parseQueueSearch(undefined)).toBeNull();
    expect(parseQueueSearch(["a", "b"])).toBeNull();
  });

  it("keeps at most 100 characters", () => {
    const parsed = parseQueueSearch("a".repeat(500));
    expect(parsed).toEqual({ kind: "name", text: "a".repeat(100) });
  });
});

describe("digitKeys", () => {
  it("matches each key only at its own length, and mobile ends from 4 digits", () => {
    expect(digitKeys("1234567890123")).toEqual({ referenceId: true, appointmentNumber: false, securityCode: false, mobileEnd: true });
    expect(digitKeys("12345678901")).toEqual({ referenceId: false, appointmentNumber: true, securityCode: false, mobileEnd: true });
    expect(digitKeys("1234")).toEqual({ referenceId: false, appointmentNumber: false, securityCode: true, mobileEnd: true });
    expect(digitKeys("123")).toEqual({ referenceId: false, appointmentNumber: false, securityCode: false, mobileEnd: false });
    expect(digitKeys("3210987")).toEqual({ referenceId: false, appointmentNumber: false, securityCode: false, mobileEnd: true });
  });
});
