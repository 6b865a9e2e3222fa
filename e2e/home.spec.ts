import { expect, test } from "@playwright/test";
import { devanagari, expectAccessible, switchLanguage } from "./fixtures";

test("the home page explains Vaxport and leads every kind of user on", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Vaxport/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: /sign in|register/i }).first()).toHaveAttribute("href", "/sign-in");
  await expect(main.locator('a[href="/centres"]').first()).toBeVisible();
  await expect(main.locator('a[href="/staff/sign-in"]').first()).toBeVisible();
  await expect(main.locator('a[href="/verify"]').first()).toBeVisible();
  await expectAccessible(page);
});

test("every link on the home page leads to a page that exists", async ({ page }) => {
  await page.goto("/");
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs).toContain("/verify");
  for (const href of new Set(hrefs)) {
    expect((await page.request.get(href)).status(), href).toBeLessThan(400);
  }
});

test("the home page switches to Hindi and remembers it", async ({ page }) => {
  await page.goto("/");
  await switchLanguage(page, "हिन्दी");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(devanagari);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectAccessible(page);
  await switchLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(devanagari);
});

test("fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an unknown address gets a translated not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /home/i }).first()).toBeVisible();
});
