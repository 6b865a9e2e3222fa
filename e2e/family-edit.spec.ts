import { expect, test } from "@playwright/test";
import { expectAccessible, signInAsCitizen, uniquePhotoId } from "./fixtures";
import { FamilyPage } from "./pages/family";
import { text } from "./pages/labels";

test.use({ viewport: { width: 360, height: 740 } });

test("a citizen corrects a person's details, then removes them", async ({ page }) => {
  await signInAsCitizen(page);
  const family = new FamilyPage(page);
  await family.addMember({ name: "Lata Menon", year: "1958", idNumber: uniquePhotoId() });
  await expect(page.getByText(text("account.home.done.added"))).toBeVisible();

  const card = () => page.getByRole("listitem").filter({ hasText: /Lata/ });
  await card().getByRole("link", { name: text("account.card.edit") }).click();
  await expect(page).toHaveURL(/\/account\/beneficiaries\/[0-9a-f-]+\/edit$/);
  // Only the last digits are kept, so the number is blank and keeping it is offered.
  await expect(family.photoIdNumber).toHaveValue("");
  await expectAccessible(page);
  await family.name.fill("Lata K. Menon");
  await page.getByRole("button", { name: text("account.form.save", { exact: true }) }).click();
  await expect(page.getByText(text("account.home.done.updated"))).toBeVisible();
  await expect(card()).toContainText("Lata K. Menon");

  await card().getByRole("link", { name: text("account.card.remove") }).click();
  await expect(page).toHaveURL(/\/remove$/);
  await page.getByRole("button", { name: text("account.remove.confirm", { exact: true }) }).click();
  await expect(page.getByText(text("account.home.done.removed"))).toBeVisible();
  await expect(card()).toHaveCount(0);
});

test("a person not on this account has no edit or remove page", async ({ page }) => {
  await signInAsCitizen(page);
  for (const path of ["edit", "remove"]) {
    const response = await page.goto(`/account/beneficiaries/7b0c9a52-2f7e-4c1e-9a51-9f1f2d8c1a11/${path}`);
    expect(response?.status()).toBe(404);
  }
});
