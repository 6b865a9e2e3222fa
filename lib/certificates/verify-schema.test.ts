import { describe, expect, it } from "vitest";
import { MAX_CERTIFICATE_TEXT_LENGTH, verifySchema } from "./verify-schema";

const parse = (certificateText: unknown) => verifySchema.safeParse({ certificateText });
const firstMessage = (certificateText: unknown) => parse(certificateText).error?.issues[0]?.message;

describe("verifySchema", () => {
  it("takes HC1: text in any case and trims the whitespace a paste brings", () => {
    expect(verifySchema.parse({ certificateText: "  HC1:NCF OA5 \n" }).certificateText).toBe("HC1:NCF OA5");
    expect(parse("hc1:NCFOA5").success).toBe(true);
  });

  it("keeps inner spaces, which are Base45 characters", () => {
    expect(verifySchema.parse({ certificateText: "HC1:6BF 9 Q" }).certificateText).toBe("HC1:6BF 9 Q");
  });

  it("asks for the text when it is missing or blank", () => {
    expect(firstMessage(undefined)).toBe("required");
    expect(firstMessage("   ")).toBe("required");
  });

  it("says a text that is not an HC1 certificate is not one", () => {
    expect(firstMessage("https://example.org/certificate/1")).toBe("certificates.hc1Prefix");
    expect(firstMessage("XHC1:ABC")).toBe("certificates.hc1Prefix");
  });

  it("refuses text longer than a certificate can be, before looking at it", () => {
    expect(parse(`HC1:${"A".repeat(MAX_CERTIFICATE_TEXT_LENGTH - 4)}`).success).toBe(true);
    expect(firstMessage(`HC1:${"A".repeat(MAX_CERTIFICATE_TEXT_LENGTH - 3)}`)).toBe("tooLong");
  });
});
