import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "Vaxport@2026";
export const devanagari = /[\u0900-\u097F]/;

export async function switchLanguage(page: Page, language: "English" | "हिन्दी") {
  await page.getByRole("button", { name: language, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "English" ? "en" : "hi");
}

export async function signInAsStaff(page: Page, username: string, password = demoPassword) {
  await page.goto("/staff/sign-in");
  await page.getByLabel(/username|उपयोगकर्ता नाम/i).fill(username);
  await page.getByLabel(/password|पासवर्ड/i).fill(password);
  await page.getByRole("button", { name: /^(sign in|साइन इन करें)$/i }).click();
}

/** Serious and critical accessibility violations fail the test; the list says which rule and where. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A fresh Indian mobile number per call, so parallel tests never share an account or rate limit. */
export function uniqueMobile(): string {
  return `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
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
  await page.getByLabel(/mobile number|मोबाइल नंबर/i).fill(nationalNumber);
  await page.getByRole("button", { name: /send code|कोड भेजें/i }).click();
  await expect(page.getByLabel(/verification code|सत्यापन कोड/i)).toBeVisible();
  const code = await readDemoCode(page);
  await page.getByLabel(/verification code|सत्यापन कोड/i).fill(code);
  await page.getByRole("button", { name: /verify and sign in|सत्यापित करें/i }).click();
}

export async function signInAsCitizen(page: Page, nationalNumber = uniqueMobile()) {
  await page.goto("/sign-in");
  await completeCitizenSignIn(page, nationalNumber);
  await expect(page).toHaveURL(/\/account$/);
  return nationalNumber;
}
