import { expect, test, type Page } from "@playwright/test";
import { verhoeffCheckDigit } from "../lib/country/checksums";
import { devanagari, expectAccessible, signInAsCitizen, switchLanguage } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

/** A fresh, valid Aadhaar number (first digit 2–9, Verhoeff check digit) per call. */
function aadhaar(): string {
  const body = `${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
  return body + verhoeffCheckDigit(body);
}

async function addMember(page: Page, person: { name: string; year: string; gender?: RegExp; idNumber: string }) {
  await page.getByRole("link", { name: /add a family member|परिवार का सदस्य जोड़ें/i }).click();
  await page.getByLabel(/full name|पूरा नाम/i).fill(person.name);
  await page.getByRole("radio", { name: person.gender ?? /^(female|महिला)$/i }).check();
  await page.getByLabel(/year of birth|जन्म वर्ष/i).fill(person.year);
  await page.getByLabel(/^(photo id|फ़ोटो पहचान पत्र)$/i).selectOption({ index: 1 });
  await page.getByLabel(/photo id number|फ़ोटो पहचान पत्र नंबर/i).fill(person.idNumber);
  await page.getByRole("button", { name: /^(add family member|सदस्य जोड़ें)$/i }).click();
}

test("a citizen signs in and registers a family in under a minute", async ({ page }) => {
  const started = Date.now();
  await signInAsCitizen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your family" })).toBeVisible();

  await addMember(page, { name: "Asha Devi", year: "1961", idNumber: aadhaar() });
  await expect(page.getByText("The family member was added.")).toBeVisible();
  await addMember(page, { name: "Ravi Kumar", year: "1990", gender: /^male$/i, idNumber: aadhaar() });
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
  await expect(page.getByLabel("Photo ID number")).toHaveAccessibleDescription(/The last digit does not match — check the Aadhaar number\./);
  await expect(page.getByLabel("Photo ID number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name")).toHaveValue("Meena Iyer");
  await expect(page.getByLabel("Year of birth")).toHaveValue("1975");
  await expect(page.getByLabel("Photo ID number")).toHaveValue(bad);
});

test("the same photo ID cannot be registered by a second account", async ({ browser }) => {
  const idNumber = aadhaar();
  const first = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAsCitizen(first);
  await addMember(first, { name: "Sunil Rao", year: "1980", gender: /^male$/i, idNumber });
  await expect(first.getByText("The family member was added.")).toBeVisible();

  const second = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAsCitizen(second);
  await addMember(second, { name: "Sunil Rao", year: "1980", gender: /^male$/i, idNumber });
  await expect(second.getByLabel("Photo ID number")).toHaveAccessibleDescription(/This ID is already registered\./);
  await expect(second.getByLabel("Full name")).toHaveValue("Sunil Rao");
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
    await tab.getByLabel("Full name").fill(name);
    await tab.getByRole("radio", { name: /^female$/i }).check();
    await tab.getByLabel("Year of birth").fill("2001");
    await tab.getByLabel(/^photo id$/i).selectOption({ index: 1 });
    await tab.getByLabel("Photo ID number").fill(aadhaar());
  }
  await page.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByText("4 of 4 people registered")).toBeVisible();
  await other.getByRole("button", { name: "Add family member" }).click();
  await expect(other.getByText("You can register at most 4 people with one mobile number.")).toBeVisible();
  await expect(other.getByLabel("Full name")).toHaveValue("Esha");

  await page.reload();
  await expect(page.getByRole("link", { name: "Add a family member" })).toHaveCount(0);
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
