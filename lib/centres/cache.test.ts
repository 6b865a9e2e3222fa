import { describe, expect, it, vi } from "vitest";
import { getCountryPack } from "@/lib/country";
import { addDays, isoDateIn } from "@/lib/time/dates";
import { prebuiltBody } from "@/lib/api/prebuilt-body";
import { cachedApiBody } from "./cache";
import { CACHE_WINDOW } from "./rules";

const today = isoDateIn(getCountryPack().timeZone);
const empty = prebuiltBody({});
const counting = () => vi.fn(async () => ({ value: empty, tags: [] }));

describe("the availability cache's date window", () => {
  it("keeps answers for dates people ask about", async () => {
    const load = counting();
    await cachedApiBody(`t:${today}`, today, load);
    await cachedApiBody(`t:${today}`, today, load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["far ahead", addDays(today, CACHE_WINDOW.daysAhead + 1)],
    ["long past", addDays(today, -CACHE_WINDOW.daysBack - 1)],
    ["in the year 2999", "2999-12-31"],
  ])("answers a date %s without keeping it", async (_, date) => {
    const load = counting();
    expect(await cachedApiBody(`t:${date}`, date, load)).toBe(empty);
    await cachedApiBody(`t:${date}`, date, load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
