import { describe, expect, it } from "vitest";
import { generateOtp, secondsUntilResend } from "./otp-rules";

describe("generateOtp", () => {
  it("always gives the configured number of digits, leading zeros included", () => {
    const codes = Array.from({ length: 2000 }, () => generateOtp(6));
    expect(codes.every((code) => /^[0-9]{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1900);
    expect(codes.some((code) => code.startsWith("0"))).toBe(true);
  });
});

describe("secondsUntilResend", () => {
  const rules = { resendAfterSeconds: 60 };
  const sent = new Date("2026-11-29T10:00:00Z");
  it.each([
    [undefined, "2026-11-29T10:00:00Z", 0],
    [sent, "2026-11-29T10:00:00Z", 60],
    [sent, "2026-11-29T10:00:59.500Z", 1],
    [sent, "2026-11-29T10:01:00Z", 0],
    [sent, "2026-11-29T10:05:00Z", 0],
  ])("last sent %s, now %s → %i s", (last, now, expected) => {
    expect(secondsUntilResend(last, new Date(now), rules)).toBe(expected);
  });
});
