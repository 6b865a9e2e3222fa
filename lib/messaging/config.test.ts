import { afterEach, describe, expect, it, vi } from "vitest";
import { assertSenderConfigured, configuredSenderName, devSenderAllowed, getSmsSender } from "./index";

afterEach(() => vi.unstubAllEnvs());

describe("SMS sender configuration", () => {
  it("refuses a production server with the development sender", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMS_SENDER", "");
    vi.stubEnv("VAXPORT_ALLOW_DEV_SENDER", "");
    expect(configuredSenderName()).toBe("dev");
    expect(devSenderAllowed()).toBe(false);
    expect(() => assertSenderConfigured()).toThrow(/development SMS sender/);
  });

  it("never hands out the development sender where it is not allowed", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMS_SENDER", "");
    vi.stubEnv("VAXPORT_ALLOW_DEV_SENDER", "");
    await expect(getSmsSender()).rejects.toThrow(/not allowed/);
  });

  it("lets a public demo opt in explicitly", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("VAXPORT_ALLOW_DEV_SENDER", "true");
    expect(() => assertSenderConfigured()).not.toThrow();
  });

  it("allows the development sender in development", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("VAXPORT_ALLOW_DEV_SENDER", "");
    expect(devSenderAllowed()).toBe(true);
  });

  it("needs a gateway URL for the HTTP sender", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMS_SENDER", "http");
    vi.stubEnv("SMS_HTTP_URL", "");
    expect(() => assertSenderConfigured()).toThrow(/SMS_HTTP_URL/);
    vi.stubEnv("SMS_HTTP_URL", "http://127.0.0.1:9/sms");
    expect(() => assertSenderConfigured()).not.toThrow();
  });
});
