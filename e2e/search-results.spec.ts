import { expect, test, type Page } from "@playwright/test";
import { devanagari, expectAccessible, serverPack, switchLanguage } from "./fixtures";
import { CentreSearchPage, demoPlace } from "./pages/centre-search";

// A phone: the results are the page once a search is made, and every way back keeps the search.
test.use({ viewport: { width: 360, height: 740 } });

const person = "6f1c1a52-2b9e-4b8e-9a51-1f0d2b7c9e10";

async function demoIds(page: Page) {
  const place = await demoPlace(page.request, serverPack(), { awayFromDesk: true });
  const { states } = (await (await page.request.get("/api/v2/admin/location/states")).json()) as { states: { state_id: number; state_name: string }[] };
  const state = states.find((s) => s.state_name === place.state)!.state_id;
  const { districts } = (await (await page.request.get(`/api/v2/admin/location/districts/${state}`)).json()) as {
    districts: { district_id: number; district_name: string }[];
  };
  return { ...place, stateId: state, districtId: districts.find((d) => d.district_name === place.district)!.district_id };
}

/** A search address's meaning: its set parameters in order (a GET form also sends the empty ones). */
const searchOf = (url: string) => {
  const params = new URLSearchParams([...new URL(url).searchParams].filter(([, value]) => value !== ""));
  params.sort();
  return params.toString();
};

test("a PIN search shows its first result without scrolling, and both ways back keep the search", async ({ page }) => {
  const { postalCode } = await demoIds(page);
  const search = new CentreSearchPage(page, serverPack());
  await search.goto();
  await search.searchByPostalCode(postalCode);
  await expect(page).toHaveURL(new RegExp(`pin=${postalCode}`));

  // The forms fold into one line and focus is on the results' heading.
  await expect(page.locator("details.fold summary").first()).toHaveText(new RegExp(`PIN code ${postalCode} · Change`));
  await expect(search.pin).toBeHidden();
  await expect(page.locator("#results-heading")).toBeFocused();
  const first = search.results.first();
  await expect(first.locator(".week > li")).toHaveCount(7);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await first.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  // Each open session is a Book link to the booking page.
  await expect(first.locator("a.week-book").first()).toHaveAttribute("href", /^\/account\/book\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  // A filter (applied at once), then the centre page and back: by the link, and by the browser.
  await search.openFilters();
  await page.getByLabel("Only sessions with open seats").check();
  await expect(page).toHaveURL(/available=1/);
  const searched = searchOf(page.url());
  await search.results.first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/centres\/\d+\?/);
  await page.getByRole("link", { name: "Back to search" }).click();
  await expect(page).toHaveURL(/\/centres\?/);
  expect(searchOf(page.url())).toBe(searched);
  await expect(page.getByLabel("Only sessions with open seats")).toBeChecked();

  await search.results.first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/centres\/\d+\?/);
  await page.goBack();
  await expect(page).toHaveURL(/\/centres\?/);
  expect(searchOf(page.url())).toBe(searched);
  await expect(page.locator("#results-heading")).toBeVisible();
});

test("the centre page honours the search's filters and carries whom it is for to Book", async ({ page }) => {
  const { postalCode } = await demoIds(page);
  await page.goto(`/centres?pin=${postalCode}&for=${person}`);
  const search = new CentreSearchPage(page, serverPack());
  const book = search.results.first().locator("a.week-book").first();
  await expect(book).toHaveAttribute("href", new RegExp(`^/account/book/[0-9a-f-]{36}\\?for=${person}$`));
  const vaccine = (await book.locator("small").textContent())!.split(" ")[0]!;

  await page.goto(`/centres?pin=${postalCode}&for=${person}&vaccine=${vaccine}`);
  const centreLink = search.results.first().getByRole("heading", { level: 3 }).getByRole("link");
  await expect(centreLink).toHaveAttribute("href", new RegExp(`vaccine=${vaccine}`));
  await centreLink.click();
  await expect(page.getByText("Only sessions that match your filters are shown.")).toBeVisible();
  const sessions = page.locator("section[aria-labelledby=week-heading] li.session");
  expect(await sessions.count()).toBeGreaterThan(0);
  for (const meta of await sessions.locator(".session-meta > :first-child").allTextContents()) expect(meta).toBe(vaccine);
  await expect(sessions.getByRole("link", { name: /^Book/ }).first()).toHaveAttribute("href", new RegExp(`\\?for=${person}$`));
  await expectAccessible(page);
});

test("a district's results stay under 150 KB of HTML, a page at a time, every page link keeping the search", async ({ page }) => {
  const { stateId, districtId } = await demoIds(page);
  const path = `/centres?state=${stateId}&district=${districtId}`;
  const response = await page.request.get(path);
  const html = await response.body();
  console.log(`district results HTML: ${(html.length / 1024).toFixed(1)} KB`);
  expect(html.length).toBeLessThan(150 * 1024);

  await page.goto(`${path}&fee=free&for=${person}`);
  const next = page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next page" });
  await expect(next).toHaveAttribute("href", new RegExp(`fee=free.*for=${person}.*page=2`));
  await next.click();
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await expectAccessible(page);
});

test("choosing a state fills its districts without a reload", async ({ page }) => {
  const place = await demoIds(page);
  const search = new CentreSearchPage(page, serverPack());
  await search.goto();
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await search.state.selectOption({ label: place.state });
  await expect(search.district).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(page.url()).not.toContain("state=");
  await search.district.selectOption({ label: place.district });
  await search.districtForm.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`district=${place.districtId}`));
  await expect(page.getByRole("heading", { name: new RegExp(`centres in ${place.district}`) })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a state's districts come with a reload, and filters apply with their button", async ({ page }) => {
    const place = await demoIds(page);
    const search = new CentreSearchPage(page, serverPack());
    await search.goto();
    await search.searchByDistrict(place.state, place.district, { javaScript: false });
    await expect(page.getByRole("heading", { name: new RegExp(`centres in ${place.district}`) })).toBeVisible();
    await search.openFilters();
    await page.getByLabel("Cost").selectOption("paid");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/fee=paid/);
    for (const card of await search.results.all()) await expect(card).toContainText("Paid centre");
  });
});

test("the folded search and the week row in Hindi", async ({ page }) => {
  const { postalCode } = await demoIds(page);
  const search = new CentreSearchPage(page, serverPack());
  await search.goto();
  await switchLanguage(page, "हिन्दी");
  await search.searchByPostalCode(postalCode);
  await expect(page.locator("details.fold summary").first()).toHaveText(new RegExp(`पिन कोड ${postalCode} · बदलें`));
  await expect(page.getByRole("heading", { name: new RegExp(`पिन कोड ${postalCode} के लिए`) })).toBeFocused();
  const link = search.results.first().locator("a.week-book").first();
  await expect(link.locator(".sr-only")).toHaveText(devanagari);
  await expect(link.locator("[lang=en]").first()).toBeAttached();
  await expectAccessible(page);
  await switchLanguage(page, "English");
});
