import { describe, expect, it } from "vitest";
import { clientIp } from "./record";

const withForwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the address the nearest proxy appended, not what the client claimed", () => {
    expect(clientIp(withForwarded("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("counts several trusted proxies from the end", () => {
    expect(clientIp(withForwarded("1.2.3.4, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("falls back to the only entry there is, and to null without the header", () => {
    expect(clientIp(withForwarded("203.0.113.9"), 2)).toBe("203.0.113.9");
    expect(clientIp(withForwarded(), 1)).toBeNull();
  });
});
