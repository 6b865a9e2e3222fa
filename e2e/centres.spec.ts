import { expect, test, type Page } from "@playwright/test";
import { devanagari, expectAccessible, serverPack, switchLanguage } from "./fixtures";
import { CentreSearchPage, demoPlace } from "./pages/centre-search";

test.use({ viewport: { width: 360, height: 740 } });

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A PIN that has centres in the demo, found through the public API rather than assumed. */
const demoPin = async (page: Page) => (await demoPlace(page.request, serverPack())).postalCode;

async function expectCentrePage(page: Page) {
  await expect(page).toHaveURL(/\/centres\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Opening hours|खुलने का समय/)).toBeVisible();
  await expect(page.getByRole("link", { name: /OpenStreetMap/ })).toHaveAttribute("href", /openstreetmap\.org/);
  // The calendar lists all seven days, each with sessions or "No session".
  await expect(page.locator("section[aria-labelledby=week-heading] ol > li")).toHaveCount(7);
  await noSidewaysScroll(page);
  await expectAccessible(page);
}

test("find a centre by PIN on a phone and open its calendar", async ({ page }) => {
  const pin = await demoPin(page);
  const search = new CentreSearchPage(page, serverPack());
  await search.goto();
  await expect(page.getByRole("heading", { level: 1, name: "Find a vaccination centre" })).toBeVisible();
  await expectAccessible(page);
  await search.searchByPostalCode(pin);
  await expect(page).toHaveURL(new RegExp(`pin=${pin}`));
  await expect(page.getByRole("heading", { name: new RegExp(`centres? for PIN code ${pin}`) })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
  const results = search.results;
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first()).toContainText(/\d+ seats?/);
  await results.first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expectCentrePage(page);
});

test("find a centre by state and district, filter, and open its calendar", async ({ page }) => {
  const search = new CentreSearchPage(page, serverPack());
  const place = await demoPlace(page.request, serverPack());
  await search.goto();
  await search.searchByDistrict(place.state, place.district);
  await expect(page.getByRole("heading", { name: new RegExp(`centres in ${place.district}`) })).toBeVisible();
  // Every centre of the district, counted over its pages (10 a page).
  const all = Number((await page.getByRole("heading", { name: /centres in/ }).textContent())!.match(/\d+/)![0]);

  // The filters fold into one line under the results; a change applies at once.
  await search.openFilters();
  await page.getByLabel("Cost").selectOption("paid");
  await expect(page).toHaveURL(/fee=paid/);
  const paid = search.results;
  expect(await paid.count()).toBeGreaterThan(0);
  const paidCount = Number((await page.getByRole("heading", { name: /centres? in/ }).textContent())!.match(/\d+/)![0]);
  expect(paidCount).toBeLessThan(all);
  for (const card of await paid.all()) await expect(card).toContainText("Paid centre");
  await expectAccessible(page);
  await paid.first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expectCentrePage(page);
});

test("an unknown PIN says what to try next", async ({ page }) => {
  await page.goto("/centres?pin=999999");
  await expect(page.getByRole("heading", { name: "No centres found" })).toBeVisible();
  await expect(page.getByText(/search by district/)).toBeVisible();
  await page.goto("/centres?district=abc");
  await expect(page.getByRole("heading", { name: "Check your search" })).toBeVisible();
});

test("near me lists centres by distance", async ({ page, context }) => {
  await context.grantPermissions(["geolocation"]);
  const city = serverPack().demo.cities[0]!;
  await context.setGeolocation({ latitude: city.lat, longitude: city.lng });
  await page.goto("/centres");
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page).toHaveURL(new RegExp(`lat=${city.lat.toFixed(3)}&lng=${city.lng.toFixed(3)}`.replaceAll(".", "\\.")));
  await expect(page.getByRole("heading", { name: /within 50 km of you/ })).toBeVisible();
  const distances = await new CentreSearchPage(page, serverPack()).results.getByText(/km away/).allTextContents();
  const km = distances.map((d) => Number.parseFloat(d));
  expect(km.length).toBeGreaterThan(0);
  expect(km).toEqual([...km].sort((a, b) => a - b));
});

test("the search works in Hindi", async ({ page }) => {
  const pin = await demoPin(page);
  const search = new CentreSearchPage(page, serverPack());
  await search.goto();
  await switchLanguage(page, "हिन्दी");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(devanagari);
  await search.searchByPostalCode(pin);
  await expect(page.getByRole("heading", { name: new RegExp(`पिन कोड ${pin} के लिए`) })).toBeVisible();
  await expectAccessible(page);
  await switchLanguage(page, "English");
});
