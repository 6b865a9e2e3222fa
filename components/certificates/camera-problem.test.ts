import { describe, expect, it } from "vitest";
import { cameraProblemOf } from "./camera-problem";

const named = (name: string) => Object.assign(new Error(name), { name });

describe("cameraProblemOf", () => {
  it.each([
    ["NotAllowedError", "denied"],
    ["SecurityError", "denied"],
    ["NotFoundError", "noCamera"],
    ["OverconstrainedError", "noCamera"],
    ["NotReadableError", "busy"],
    ["TypeError", "unsupported"],
    ["SomethingElse", "failed"],
  ])("%s → %s", (name, problem) => {
    expect(cameraProblemOf(named(name))).toBe(problem);
  });

  it("reads the DOMException browsers actually throw", () => {
    expect(cameraProblemOf(new DOMException("Permission denied", "NotAllowedError"))).toBe("denied");
  });

  it("calls anything that is not an error a failure", () => {
    expect(cameraProblemOf("boom")).toBe("failed");
  });
});
