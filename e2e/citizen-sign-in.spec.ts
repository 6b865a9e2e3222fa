import { expect, test } from "@playwright/test";
import { expectAccessible, readCodeFromOutbox, signInAsCitizen, uniqueMobile } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

test("a citizen signs in with a code from the outbox and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await signInAsCitizen(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My family" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a number that is not a mobile number is refused and kept", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Mobile number").fill("12345 67890");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByLabel("Mobile number")).toHaveAccessibleDescription(/Enter a valid mobile number\./);
  await expect(page.getByLabel("Mobile number")).toHaveValue("12345 67890");
});

test("a wrong code says how many tries are left; the right one still works", async ({ page }) => {
  const mobile = uniqueMobile();
  await page.goto("/sign-in");
  await page.getByLabel("Mobile number").fill(mobile);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText(/We sent a code to \+91 ••••••\d{4}/)).toBeVisible();
  await expect(page.getByRole("button", { name: /You can ask for a new code in \d+ s/ })).toBeDisabled();
  const code = await readCodeFromOutbox(page, mobile);
  const wrong = code === "000000" ? "111111" : "000000";
  await page.getByLabel("Verification code").fill(wrong);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both steps work as plain forms", async ({ page }) => {
    const mobile = uniqueMobile();
    await page.goto("/sign-in");
    await page.getByLabel("Mobile number").fill(mobile);
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByLabel("Verification code").fill(await readCodeFromOutbox(page, mobile));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });
});
