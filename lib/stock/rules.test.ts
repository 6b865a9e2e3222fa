import { describe, expect, it } from "vitest";
import { batchState, isIsoDate, normaliseLot, receiptProblem } from "./rules";

describe("normaliseLot", () => {
  it.each([
    ["ab 123", "AB123"],
    ["  4121z025 ", "4121Z025"],
    ["४१२१Z", "4121Z"],
    ["EJ-0553/A", "EJ-0553/A"],
  ])("reads %j as %j", (raw, lot) => expect(normaliseLot(raw)).toBe(lot));
});

describe("isIsoDate", () => {
  it.each([
    ["2026-11-20", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["20-11-2026", false],
    ["", false],
  ])("%j → %s", (value, ok) => expect(isIsoDate(value)).toBe(ok));
});

describe("batchState", () => {
  const batch = { expiresOn: "2026-11-20", received: 10, used: 3, wasted: 2 };
  it("is usable up to and including its expiry day", () => {
    expect(batchState(batch, "2026-11-19")).toBe("usable");
    expect(batchState(batch, "2026-11-20")).toBe("usable");
    expect(batchState(batch, "2026-11-21")).toBe("expired");
  });
  it("is empty once every dose is used or wasted, expired or not", () => {
    expect(batchState({ ...batch, used: 8 }, "2026-11-19")).toBe("empty");
    expect(batchState({ ...batch, used: 8 }, "2027-01-01")).toBe("empty");
  });
});

describe("receiptProblem", () => {
  const receipt = { lot: "AB123", expiresOn: "2027-01-31", doses: 500 };
  const today = "2026-11-20";
  it.each([
    [{}, null],
    [{ expiresOn: today }, null],
    [{ doses: 1 }, null],
    [{ doses: 100_000 }, null],
    [{ lot: "" }, "lotInvalid"],
    [{ lot: "-AB" }, "lotInvalid"],
    [{ lot: "A".repeat(41) }, "lotInvalid"],
    [{ lot: "AB_12" }, "lotInvalid"],
    [{ expiresOn: "2026-11-19" }, "expiryPast"],
    [{ expiresOn: "2027-02-30" }, "expiryInvalid"],
    [{ doses: 0 }, "dosesRange"],
    [{ doses: 100_001 }, "dosesRange"],
    [{ doses: 2.5 }, "dosesRange"],
  ])("%j → %s", (change, problem) => expect(receiptProblem({ ...receipt, ...change }, today)).toBe(problem));
});
