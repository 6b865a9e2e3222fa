import { describe, expect, it } from "vitest";
import { failuresToday, isCodeLocked, securityCodeMatches, wrongCodeAnswer } from "./code-lock";

describe("security code lock-out", () => {
  it.each([
    ["never wrong", { count: 0, on: null }, 0],
    ["wrong twice today", { count: 2, on: "2026-11-20" }, 2],
    ["wrong five times yesterday", { count: 5, on: "2026-11-19" }, 0],
  ])("counts today's failures only: %s", (_name, failures, expected) => {
    expect(failuresToday(failures, "2026-11-20")).toBe(expected);
  });

  it("locks at the limit, for today only", () => {
    expect(isCodeLocked({ count: 4, on: "2026-11-20" }, "2026-11-20", 5)).toBe(false);
    expect(isCodeLocked({ count: 5, on: "2026-11-20" }, "2026-11-20", 5)).toBe(true);
    expect(isCodeLocked({ count: 5, on: "2026-11-20" }, "2026-11-21", 5)).toBe(false);
  });

  it("says how many tries are left, and that the one reaching the limit locks", () => {
    expect(wrongCodeAnswer(1, 5)).toEqual({ reason: "wrongCode", attemptsLeft: 4 });
    expect(wrongCodeAnswer(4, 5)).toEqual({ reason: "wrongCode", attemptsLeft: 1 });
    expect(wrongCodeAnswer(5, 5)).toEqual({ reason: "locked" });
    expect(wrongCodeAnswer(1, 1)).toEqual({ reason: "locked" });
  });

  it("matches the exact code only", () => {
    expect(securityCodeMatches("0427", "0427")).toBe(true);
    expect(securityCodeMatches("0427", "0428")).toBe(false);
    expect(securityCodeMatches("0427", "427")).toBe(false);
    expect(securityCodeMatches("0427", undefined)).toBe(false);
    expect(securityCodeMatches("0427", "")).toBe(false);
  });
});
