import { expect, test, type Page } from "@playwright/test";
import { devanagari, expectAccessible, signInAsCitizen, switchLanguage, uniquePhotoId } from "./fixtures";
import { FamilyPage, type Person } from "./pages/family";

test.use({ viewport: { width: 360, height: 740 } });

const aadhaar = () => uniquePhotoId("AADHAAR");
const addMember = (page: Page, person: Person) => new FamilyPage(page).addMember(person);

test("a citizen signs in and registers a family in under a minute", async ({ page }) => {
  const started = Date.now();
  await signInAsCitizen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your family" })).toBeVisible();

  await addMember(page, { name: "Asha Devi", year: "1961", idNumber: aadhaar() });
  await expect(page.getByText("The family member was added.")).toBeVisible();
  await addMember(page, { name: "Ravi Kumar", year: "1990", gender: "male", idNumber: aadhaar() });
  await expect(page.getByText("2 of 4 people registered")).toBeVisible();

  const asha = page.getByRole("listitem").filter({ hasText: "Asha Devi" });
  await expect(asha.getByText("Not vaccinated")).toBeVisible();
  await expect(asha.getByText(/\d{13}/)).toBeVisible();
  await expect(asha.getByText(/••••\d{4}/)).toBeVisible();
  await expectAccessible(page);
  console.log(`family journey took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(Date.now() - started).toBeLessThan(60_000);
});

test("a bad Aadhaar number gets a clear field error and nothing typed is lost", async ({ page }) => {
  await signInAsCitizen(page);
  const good = aadhaar();
  const bad = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
  await addMember(page, { name: "Meena Iyer", year: "1975", idNumber: bad });
  const form = new FamilyPage(page);
  await expect(form.photoIdNumber).toHaveAccessibleDescription(/The last digit does not match — check the Aadhaar number\./);
  await expect(form.photoIdNumber).toHaveAttribute("aria-invalid", "true");
  await expect(form.name).toHaveValue("Meena Iyer");
  await expect(form.birthYear).toHaveValue("1975");
  await expect(form.photoIdNumber).toHaveValue(bad);
});

test("the same photo ID cannot be registered by a second account", async ({ browser }) => {
  const idNumber = aadhaar();
  const first = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAsCitizen(first);
  await addMember(first, { name: "Sunil Rao", year: "1980", gender: "male", idNumber });
  await expect(first.getByText("The family member was added.")).toBeVisible();

  const second = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAsCitizen(second);
  await addMember(second, { name: "Sunil Rao", year: "1980", gender: "male", idNumber });
  await expect(new FamilyPage(second).photoIdNumber).toHaveAccessibleDescription(/This ID is already registered\./);
  await expect(new FamilyPage(second).name).toHaveValue("Sunil Rao");
});

test("a fifth family member is refused, even when two forms race for the last place", async ({ page, context }) => {
  await signInAsCitizen(page);
  for (const [i, name] of ["Anil", "Bina", "Chetan"].entries()) {
    await addMember(page, { name, year: String(1950 + i * 10), idNumber: aadhaar() });
    await expect(page.getByText(`${i + 1} of 4 people registered`)).toBeVisible();
  }
  const other = await context.newPage();
  for (const [tab, name] of [[page, "Divya"], [other, "Esha"]] as const) {
    await tab.goto("/account/beneficiaries/new");
    await new FamilyPage(tab).fill({ name, year: "2001", idNumber: aadhaar() });
  }
  await new FamilyPage(page).addButton.click();
  await expect(page.getByText("4 of 4 people registered")).toBeVisible();
  await new FamilyPage(other).addButton.click();
  await expect(other.getByText("You can register at most 4 people with one mobile number.")).toBeVisible();
  await expect(new FamilyPage(other).name).toHaveValue("Esha");

  await page.reload();
  await expect(new FamilyPage(page).addLink).toHaveCount(0);
  await expect(page.getByText(/You have registered 4 people/)).toBeVisible();
});

test("the whole journey works in Hindi", async ({ page }) => {
  await page.goto("/sign-in");
  await switchLanguage(page, "हिन्दी");
  await signInAsCitizen(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(devanagari);
  await addMember(page, { name: "Kavita Sharma", year: "1970", idNumber: aadhaar() });
  const card = page.getByRole("listitem").filter({ hasText: "Kavita Sharma" });
  await expect(card).toBeVisible();
  await expect(card.getByText(devanagari).first()).toBeVisible();
  await expectAccessible(page);
});
