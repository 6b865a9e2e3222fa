import { expect, test, type Page } from "@playwright/test";
import { devanagari, expectAccessible, switchLanguage } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A PIN that has centres in the demo, found through the public API rather than assumed. */
async function demoPin(page: Page): Promise<string> {
  const dmy = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Kolkata" }).format(new Date()).replaceAll("/", "-");
  const states = await (await page.request.get("/api/v2/admin/location/states")).json();
  const karnataka = states.states.find((s: { state_name: string }) => s.state_name === "Karnataka");
  const { districts } = await (await page.request.get(`/api/v2/admin/location/districts/${karnataka.state_id}`)).json();
  const bbmp = districts.find((d: { district_name: string }) => d.district_name === "BBMP");
  const { centers } = await (await page.request.get(`/api/v2/appointment/sessions/public/calendarByDistrict?district_id=${bbmp.district_id}&date=${dmy}`)).json();
  return String(centers[0].pincode);
}

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
  await page.goto("/centres");
  await expect(page.getByRole("heading", { level: 1, name: "Find a vaccination centre" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "PIN code" }).fill(pin);
  await page.getByRole("search", { name: /PIN code/ }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`pin=${pin}`));
  await expect(page.getByRole("heading", { name: new RegExp(`centres? for PIN code ${pin}`) })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
  const results = page.locator("#results-heading + ul > li");
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first()).toContainText(/Dose 1|Dose 2|Booster/);
  await results.first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expectCentrePage(page);
});

test("find a centre by state and district, filter, and open its calendar", async ({ page }) => {
  await page.goto("/centres");
  const form = page.getByRole("search", { name: /State and District/ });
  await form.getByLabel("State").selectOption({ label: "Karnataka" });
  await form.getByRole("button", { name: "Show the list" }).click();
  await expect(page).toHaveURL(/state=\d+/);
  await page.getByRole("search", { name: /State and District/ }).getByLabel("District").selectOption({ label: "BBMP" });
  await page.getByRole("search", { name: /State and District/ }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/district=\d+/);
  await expect(page.getByRole("heading", { name: /centres in BBMP/ })).toBeVisible();
  const all = await page.locator("#results-heading + ul > li").count();

  await page.getByLabel("Cost").selectOption("paid");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/fee=paid/);
  const paid = page.locator("#results-heading + ul > li");
  expect(await paid.count()).toBeGreaterThan(0);
  expect(await paid.count()).toBeLessThan(all);
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
  await context.setGeolocation({ latitude: 12.9716, longitude: 77.5946 });
  await page.goto("/centres");
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page).toHaveURL(/lat=12\.972&lng=77\.595/);
  await expect(page.getByRole("heading", { name: /within 50 km of you/ })).toBeVisible();
  const distances = await page.locator("#results-heading + ul > li").getByText(/km away/).allTextContents();
  const km = distances.map((d) => Number.parseFloat(d));
  expect(km.length).toBeGreaterThan(0);
  expect(km).toEqual([...km].sort((a, b) => a - b));
});

test("the search works in Hindi", async ({ page }) => {
  const pin = await demoPin(page);
  await page.goto("/centres");
  await switchLanguage(page, "हिन्दी");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(devanagari);
  await page.getByRole("textbox", { name: "पिन कोड" }).fill(pin);
  await page.getByRole("search", { name: /पिन कोड/ }).getByRole("button", { name: "खोजें" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`पिन कोड ${pin} के लिए`) })).toBeVisible();
  await expectAccessible(page);
  await switchLanguage(page, "English");
});
