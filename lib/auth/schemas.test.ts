import { describe, expect, it } from "vitest";
import { citizenCodeSchema, citizenMobileSchema } from "./schemas";

describe("citizenCodeSchema", () => {
  const schema = citizenCodeSchema(6);
  const code = (value: string) => schema.safeParse({ mobile: "+919876543210", code: value }).success;

  it("takes exactly the configured number of digits", () => {
    expect(code("012345")).toBe(true);
    expect(code(" 012345 ")).toBe(true);
    expect(code("12345")).toBe(false);
    expect(code("1234567")).toBe(false);
    expect(code("12a456")).toBe(false);
  });

  it("reads a code typed in Devanagari digits", () => {
    expect(schema.parse({ mobile: "+919876543210", code: "०१२३४५" }).code).toBe("012345");
  });

  it("needs the mobile number in E.164, as the first step hands it on", () => {
    expect(schema.safeParse({ mobile: "9876543210", code: "123456" }).success).toBe(false);
  });
});

describe("citizenMobileSchema", () => {
  it("lets the server judge any plausible number and stops obvious junk in the browser", () => {
    expect(citizenMobileSchema.safeParse({ mobile: "+91 98765-43210" }).success).toBe(true);
    expect(citizenMobileSchema.safeParse({ mobile: "call me" }).success).toBe(false);
    expect(citizenMobileSchema.safeParse({ mobile: "" }).success).toBe(false);
  });

  it("reads a number typed in Devanagari digits", () => {
    expect(citizenMobileSchema.parse({ mobile: "९८७६५ ४३२१०" }).mobile).toBe("98765 43210");
  });
});
