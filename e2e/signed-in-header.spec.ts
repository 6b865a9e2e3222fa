import { expect, test, type Page } from "@playwright/test";
import { signInAsCitizen, signInAsStaff, switchLanguage } from "./fixtures";

// A signed-in header offers no sign-in links and, on a 360 px phone, fits two rows in every language.

test.use({ viewport: { width: 360, height: 740 } });

/** Rows the header's links and buttons sit on: items in one row share a vertical centre. */
async function headerRows(page: Page) {
  return page.locator("header").evaluate((header) => {
    const items = [...header.querySelectorAll("a, button")].filter((element) => element.getClientRects().length > 0);
    const centres = items.map((element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return centres.sort((a, b) => a - b).filter((centre, index, all) => index === 0 || centre - all[index - 1]! > 8).length;
  });
}

async function expectCompactHeader(page: Page) {
  const nav = page.getByRole("navigation", { name: /Main navigation|मुख्य नेविगेशन/ });
  await expect(nav.locator('a[href="/sign-in"], a[href="/staff/sign-in"]')).toHaveCount(0);
  expect(await headerRows(page)).toBeLessThanOrEqual(2);
  // Two rows of 40 px targets with their padding: more than this means a third row.
  expect((await page.locator("header").boundingBox())!.height).toBeLessThanOrEqual(130);
}

for (const language of ["English", "हिन्दी"] as const) {
  test(`signed in as a citizen, in ${language}`, async ({ page }) => {
    await page.goto("/sign-in");
    if (language !== "English") await switchLanguage(page, language);
    await signInAsCitizen(page);
    await expectCompactHeader(page);
    await expect(page.getByRole("navigation", { name: /Main navigation|मुख्य नेविगेशन/ }).locator('a[href="/account"]')).toBeVisible();
  });

  test(`signed in as staff, in ${language}`, async ({ page }) => {
    await page.goto("/staff/sign-in");
    if (language !== "English") await switchLanguage(page, language);
    await signInAsStaff(page, "national.admin");
    await expect(page).toHaveURL(/\/staff$/);
    await expectCompactHeader(page);
    await expect(page.getByRole("navigation", { name: /Main navigation|मुख्य नेविगेशन/ }).locator('a[href="/staff"]')).toBeVisible();
  });
}

test("a visitor is offered both sign-ins", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.locator('a[href="/sign-in"]')).toBeVisible();
  await expect(nav.locator('a[href="/staff/sign-in"]')).toBeVisible();
});
