import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, switchLanguage } from "./fixtures";

// English data on Hindi pages (centre, place and vaccine names, addresses) carries lang="en", so screen readers
// pronounce it as English.

async function firstCentre(page: Page) {
  const { states } = await (await page.request.get("/api/v2/admin/location/states")).json();
  const karnataka = states.find((s: { state_name: string }) => s.state_name === "Karnataka");
  const { districts } = await (await page.request.get(`/api/v2/admin/location/districts/${karnataka.state_id}`)).json();
  const bbmp = districts.find((d: { district_name: string }) => d.district_name === "BBMP");
  const dmy = new Intl.DateTimeFormat("en-GB").format(new Date()).replaceAll("/", "-");
  const { centers } = await (await page.request.get(`/api/v2/appointment/sessions/public/calendarByDistrict?district_id=${bbmp.district_id}&date=${dmy}`)).json();
  return { centre: centers[0], stateId: karnataka.state_id, districtId: bbmp.district_id };
}

test("a Hindi centre page marks the centre's English name, address and vaccines as English", async ({ page }) => {
  const { centre } = await firstCentre(page);
  await page.goto(`/centres/${centre.center_id}`);
  await switchLanguage(page, "हिन्दी");
  await expect(page.getByRole("heading", { level: 1 }).locator('[lang="en"]')).toHaveText(centre.name);
  await expect(page.locator('main [lang="en"]').filter({ hasText: centre.address }).first()).toBeVisible();
  const vaccine = centre.sessions[0]?.vaccine as string | undefined;
  if (vaccine) await expect(page.locator('main [lang="en"]', { hasText: vaccine }).first()).toBeVisible();
  // The labels around the data stay Hindi.
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectAccessible(page);
  await switchLanguage(page, "English");
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);
});

test("Hindi search results mark centre names; places with a Hindi name are not marked", async ({ page }) => {
  const { centre, stateId, districtId } = await firstCentre(page);
  await page.goto("/centres");
  await switchLanguage(page, "हिन्दी");
  await page.goto(`/centres?state=${stateId}&district=${districtId}`);
  const card = page.locator("#results-heading + ul > li").filter({ hasText: centre.name });
  await expect(card.getByRole("link", { name: centre.name }).locator('[lang="en"]')).toHaveText(centre.name);
  // Karnataka has a Hindi name in the pack: it is shown in Hindi, unmarked (in the folded search forms).
  await page.locator("details.fold summary").first().click();
  const state = page.getByRole("combobox", { name: "राज्य" }).locator("option:checked");
  await expect(state).not.toHaveAttribute("lang", "en");
  // Districts have no Hindi names: BBMP is English, in the list and in the results heading.
  await expect(page.getByRole("combobox", { name: "ज़िला" }).locator("option:checked")).toHaveAttribute("lang", "en");
  await expect(page.locator("#results-heading [lang=en]")).toHaveText("BBMP");
  await switchLanguage(page, "English");
});
