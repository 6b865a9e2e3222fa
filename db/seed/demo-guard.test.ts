import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/schema";
import { demoAccountCheckNeeded, demoAccountRefusal } from "./demo-guard";

const production = { NODE_ENV: "production", VAXPORT_TRUSTED_PROXY_HOPS: "1" };

describe("demo accounts at start", () => {
  it.each([
    ["a production server database", production, "postgres", true],
    ["a public demo that allows them", { ...production, VAXPORT_ALLOW_DEMO_ACCOUNTS: "true" }, "postgres", false],
    ["the embedded demo", production, "pglite", false],
    ["development", { NODE_ENV: "development" }, "postgres", false],
  ] as const)("are checked on %s: %s", (_, env, engine, expected) => {
    expect(demoAccountCheckNeeded(parseConfig(env), engine)).toBe(expected);
  });

  it("refuse the start naming each account still on the published password, and say how to proceed", () => {
    expect(demoAccountRefusal([])).toBeNull();
    const refusal = demoAccountRefusal(["national.admin", "vaccinator"]);
    expect(refusal).toMatch(/^Refusing to start: active staff accounts national.admin, vaccinator still have the published demo password/);
    expect(refusal).toContain("VAXPORT_ALLOW_DEMO_ACCOUNTS=true");
  });
});
