import { describe, expect, it } from "vitest";
import { formatCertificateDate } from "./format-certificate-date";

describe("formatCertificateDate", () => {
  it("keeps a calendar day on its day in any time zone", () => {
    expect(formatCertificateDate("2026-03-14", "en", "America/Los_Angeles")).toBe("14 March 2026");
    expect(formatCertificateDate("2026-03-14", "en", "Pacific/Kiritimati")).toBe("14 March 2026");
  });

  it("shows an instant on the country's day", () => {
    expect(formatCertificateDate("2027-03-13T20:00:00Z", "en", "Asia/Kolkata")).toBe("14 March 2027");
    expect(formatCertificateDate("2027-03-13T20:00:00Z", "en", "UTC")).toBe("13 March 2027");
  });

  it("writes the month in Hindi for Hindi readers", () => {
    expect(formatCertificateDate("2026-03-14", "hi", "Asia/Kolkata")).toMatch(/मार्च/);
  });

  it("shows text that is not a date as it came", () => {
    expect(formatCertificateDate("sometime", "en", "UTC")).toBe("sometime");
  });
});
