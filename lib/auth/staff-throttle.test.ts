import { describe, expect, it } from "vitest";
import { staffRetryDelaySeconds } from "./staff-throttle";

describe("staffRetryDelaySeconds", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [14, 512],
    [15, 900],
    [60, 900],
  ])("after %i attempts waits %i s", (failures, seconds) => {
    expect(staffRetryDelaySeconds(failures)).toBe(seconds);
  });
});
