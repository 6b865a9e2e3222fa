import { describe, expect, it } from "vitest";
import { PAGE_SIZE, backToSearchHref, bookHref, centreHref, pageHref, pageOf, searchHref } from "./search-url";

const person = "6f1c1a52-2b9e-4b8e-9a51-1f0d2b7c9e10";
const search = { pin: "560002", age: 18, vaccine: "COVISHIELD", fee: "paid" as const, dose: "dose1" as const, available: true, from: "2026-12-07", for: person };

describe("search addresses", () => {
  it("leaves out what is not set", () => {
    expect(searchHref({ pin: "560002", age: undefined, available: false, vaccine: "" })).toBe("/centres?pin=560002");
    expect(searchHref({})).toBe("/centres");
  });

  it("keeps the whole search on every page link, and page 1 has no number", () => {
    expect(pageHref(search, 3)).toBe(`/centres?pin=560002&age=18&vaccine=COVISHIELD&fee=paid&dose=dose1&available=1&from=2026-12-07&for=${person}&page=3`);
    expect(pageHref({ ...search, page: 3 }, 1)).not.toContain("page=");
  });

  it("carries the search, its page included, to a centre's page and back", () => {
    const params = { ...search, page: 2 };
    const centre = centreHref(42, params);
    expect(centre.startsWith("/centres/42?pin=560002&")).toBe(true);
    const back = backToSearchHref(params, { stateId: 16, districtId: 294 });
    expect(back).toBe(`/centres?pin=560002&age=18&vaccine=COVISHIELD&fee=paid&dose=dose1&available=1&from=2026-12-07&for=${person}&page=2`);
    expect(new URL(centre, "http://x").searchParams.toString()).toBe(new URL(back, "http://x").searchParams.toString());
  });

  it("goes back to the centre's district when the page was opened from nowhere", () => {
    expect(backToSearchHref({}, { stateId: 16, districtId: 294 })).toBe("/centres?state=16&district=294");
    expect(backToSearchHref({ district: 5, state: 1, fee: "free" }, { stateId: 16, districtId: 294 })).toBe("/centres?state=1&district=5&fee=free");
  });

  it("books a session for the person the search is for", () => {
    expect(bookHref("abc-1")).toBe("/account/book/abc-1");
    expect(bookHref("abc-1", person)).toBe(`/account/book/abc-1?for=${person}`);
  });
});

describe("pageOf", () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it.each([
    [undefined, 1, [0, 19]],
    [2, 2, [20, 39]],
    [3, 3, [40, 44]],
    [9, 3, [40, 44]], // past the end: the last page
    [0, 1, [0, 19]],
  ])("page %s of 45 items shows page %s", (requested, page, [first, last]) => {
    const result = pageOf(items, requested, 20);
    expect(result.page).toBe(page);
    expect(result.pages).toBe(3);
    expect(result.items[0]).toBe(first);
    expect(result.items.at(-1)).toBe(last);
  });

  it("shows PAGE_SIZE centres a page unless told otherwise", () => {
    expect(pageOf(items).items).toHaveLength(PAGE_SIZE);
    expect(pageOf(items).pages).toBe(Math.ceil(45 / PAGE_SIZE));
  });

  it("has one page when there is nothing", () => {
    expect(pageOf([])).toEqual({ page: 1, pages: 1, items: [] });
  });
});
