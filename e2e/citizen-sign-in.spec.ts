import { expect, test } from "@playwright/test";
import { expectAccessible, readCodeFromOutbox, serverPack, signInAsCitizen, uniqueMobile } from "./fixtures";
import { CitizenSignInPage } from "./pages/citizen-sign-in";

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
  const signIn = new CitizenSignInPage(page);
  await signIn.goto();
  await signIn.requestCode("12345 67890");
  await expect(page.getByText("Enter a valid mobile number.")).toBeVisible();
  await expect(signIn.mobile).toHaveValue("12345 67890");
});

test("a wrong code says how many tries are left; the right one still works", async ({ page }) => {
  const mobile = uniqueMobile();
  const signIn = new CitizenSignInPage(page);
  await signIn.goto();
  await signIn.requestCode(mobile);
  await expect(page.getByText(new RegExp(`We sent a code to \\+${serverPack().phone.callingCode} •+\\d{4}`))).toBeVisible();
  await expect(page.getByRole("button", { name: /You can ask for a new code in \d+ s/ })).toBeDisabled();
  const code = await readCodeFromOutbox(page, mobile);
  const wrong = code === "000000" ? "111111" : "000000";
  await signIn.enterCode(wrong);
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();
  await signIn.enterCode(code);
  await expect(page).toHaveURL(/\/account$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both steps work as plain forms", async ({ page }) => {
    const mobile = uniqueMobile();
    const signIn = new CitizenSignInPage(page);
    await signIn.goto();
    await signIn.requestCode(mobile);
    await signIn.enterCode(await readCodeFromOutbox(page, mobile));
    await expect(page).toHaveURL(/\/account$/);
  });
});
