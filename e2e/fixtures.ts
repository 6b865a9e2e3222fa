import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { normaliseMobile } from "../lib/accounts/phone";
import { getCountryPack } from "../lib/country";
import { photoIdType } from "../lib/country/photo-id";
import { samplePhotoId } from "../lib/country/photo-id-samples";
import type { CountryPack } from "../lib/country/types";
import { CitizenSignInPage } from "./pages/citizen-sign-in";
import { StaffSignInPage } from "./pages/staff-sign-in";

export const demoPassword = "Vaxport@2026";
export const devanagari = /[\u0900-\u097F]/;

export async function switchLanguage(page: Page, language: "English" | "हिन्दी") {
  await page.getByRole("button", { name: language, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "English" ? "en" : "hi");
}

/** The country pack of the server under test, which each Playwright project names in its metadata. */
export function serverPack(): CountryPack {
  const country = test.info().project.metadata?.country;
  if (typeof country !== "string") throw new Error(`Playwright project "${test.info().project.name}" names no metadata.country`);
  return getCountryPack(country);
}

export async function signInAsStaff(page: Page, username: string, password = demoPassword) {
  const signIn = new StaffSignInPage(page);
  await signIn.goto();
  await signIn.signIn(username, password);
}

/** Serious and critical accessibility violations fail the test; the list says which rule and where. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * A fresh national mobile number of the pack's country per call, so parallel tests never share an account
 * or rate limit: the pack's example with all but its first two digits drawn anew, until the pack accepts it.
 */
export function uniqueMobile(pack = serverPack()): string {
  const { example } = pack.phone;
  for (let attempt = 0; attempt < 100; attempt++) {
    const candidate = example.slice(0, 2) + example.slice(2).replace(/[0-9]/g, () => String(Math.floor(Math.random() * 10)));
    if (normaliseMobile(candidate, pack.phone)) return candidate;
  }
  throw new Error(`No valid mobile number of ${pack.code} made from its example ${example}`);
}

/** A fresh, valid number of one of the pack's photo ID types (its first type by default). */
export function uniquePhotoId(code?: string, pack = serverPack()): string {
  return samplePhotoId(code ? photoIdType(pack, code)! : pack.photoIdTypes[0]!);
}

/**
 * Reads the code the sign-in page shows in demo mode (the development sender): the one this visitor asked
 * for, on their own code step. Nothing else lists codes.
 */
export async function readDemoCode(page: Page): Promise<string> {
  const code = page.getByTestId("demo-code");
  await expect(code).toBeVisible();
  return ((await code.textContent()) ?? "").trim();
}

/** Both steps on a sign-in page that is already open (e.g. one reached with a return path). */
export async function completeCitizenSignIn(page: Page, nationalNumber: string) {
  const signIn = new CitizenSignInPage(page);
  await signIn.requestCode(nationalNumber);
  await expect(signIn.code).toBeVisible();
  await signIn.enterCode(await readDemoCode(page));
}

export async function signInAsCitizen(page: Page, nationalNumber = uniqueMobile()) {
  await new CitizenSignInPage(page).goto();
  await completeCitizenSignIn(page, nationalNumber);
  await expect(page).toHaveURL(/\/account$/);
  return nationalNumber;
}
