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
