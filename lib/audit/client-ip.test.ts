import { describe, expect, it } from "vitest";
import { clientIp } from "./record";

const withForwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it.each([
    // [X-Forwarded-For as received, trusted hops, address used]
    ["203.0.113.9", 0, null],
    ["1.2.3.4, 203.0.113.9", 0, null],
    [undefined, 0, null],
    ["203.0.113.9", 1, "203.0.113.9"],
    ["1.2.3.4, 203.0.113.9", 1, "203.0.113.9"],
    ["1.2.3.4,203.0.113.9", 1, "203.0.113.9"],
    ["1.2.3.4, 203.0.113.9, 10.0.0.2", 2, "203.0.113.9"],
    ["2001:db8::1, 2001:db8::7", 1, "2001:db8::7"],
    ["203.0.113.9", 2, null],
    [undefined, 1, null],
    ["", 1, null],
    ["1.2.3.4, ", 1, null],
    ["1.2.3.4, not-an-address", 1, null],
    ["1.2.3.4, 203.0.113.9:51234", 1, null],
  ])("X-Forwarded-For %j with %i trusted hops → %s", (header, hops, expected) => {
    expect(clientIp(withForwarded(header), hops)).toBe(expected);
  });

  it("never lets the client's own first entry through, whatever it claims", () => {
    for (const spoof of ["127.0.0.1", "10.0.0.1", "203.0.113.9"]) {
      expect(clientIp(withForwarded(`${spoof}, 198.51.100.4`), 1)).toBe("198.51.100.4");
      expect(clientIp(withForwarded(spoof), 0)).toBeNull();
    }
  });
});
