import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/schema";
import { assertSenderConfigured, configuredSenderName, devSenderAllowed, getSmsSender } from "./index";

const production = { NODE_ENV: "production", VAXPORT_TRUSTED_PROXY_HOPS: "0" };

describe("SMS sender configuration", () => {
  it("refuses a production server with the development sender", () => {
    const settings = parseConfig(production);
    expect(configuredSenderName(settings)).toBe("dev");
    expect(devSenderAllowed(settings)).toBe(false);
    expect(() => assertSenderConfigured(settings)).toThrow(/development SMS sender/);
  });

  it("never hands out the development sender where it is not allowed", async () => {
    await expect(getSmsSender(parseConfig(production))).rejects.toThrow(/not allowed/);
  });

  it("lets a public demo opt in explicitly", () => {
    expect(() => assertSenderConfigured(parseConfig({ ...production, VAXPORT_ALLOW_DEV_SENDER: "true" }))).not.toThrow();
  });

  it("allows the development sender in development", () => {
    expect(devSenderAllowed(parseConfig({ NODE_ENV: "development" }))).toBe(true);
  });

  it("needs a gateway URL for the HTTP sender", () => {
    expect(() => parseConfig({ ...production, SMS_SENDER: "http" })).toThrow(/SMS_HTTP_URL: required when SMS_SENDER=http/);
    const settings = parseConfig({ ...production, SMS_SENDER: "http", SMS_HTTP_URL: "http://127.0.0.1:9/sms" });
    expect(() => assertSenderConfigured(settings)).not.toThrow();
  });
});
