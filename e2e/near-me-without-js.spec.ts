import { expect, test } from "@playwright/test";

// "Use my location" needs JavaScript; without it the page says so instead of offering a button that does nothing.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the location button is disabled and the page says it needs JavaScript", async ({ page }) => {
    await page.goto("/centres");
    await expect(page.getByRole("button", { name: "Use my location" })).toBeDisabled();
    await expect(page.getByText(/needs JavaScript.*Search by PIN code or district instead/)).toBeVisible();
  });
});

test("with JavaScript the button works and no such note shows", async ({ page }) => {
  await page.goto("/centres");
  await expect(page.getByRole("button", { name: "Use my location" })).toBeEnabled();
  await expect(page.getByText(/needs JavaScript/)).toBeHidden();
});
