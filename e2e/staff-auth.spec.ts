import { expect, test } from "@playwright/test";
import { demoPassword, expectAccessible, signInAsStaff, switchLanguage } from "./fixtures";
import { StaffSignInPage } from "./pages/staff-sign-in";

test("a vaccinator signs in and lands on their facility's sessions of today", async ({ page }) => {
  // No sign-out here: it would end every session of this user, and the desk journeys work as "vaccinator".
  await signInAsStaff(page, "vaccinator");
  await expect(page).toHaveURL(/\/staff\/vaccinate$/);
  await expect(page.getByRole("heading", { level: 1, name: "Today's sessions" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/vaccinate$/);
});

test("signing out revokes the session: a copied cookie no longer opens /staff or the session endpoint", async ({ page, context, browser }) => {
  await signInAsStaff(page, "facility.admin");
  await expect(page).toHaveURL(/\/staff$/);
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  const copy = await thief.newPage();
  expect((await (await copy.request.get("/api/auth/session")).json())?.principal?.username).toBe("facility.admin");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signedOut=1/);
  await copy.goto("/staff");
  await expect(copy).toHaveURL(/\/staff\/sign-in/);
  const session = await (await copy.request.get("/api/auth/session")).json();
  expect(session?.principal).toBeUndefined();
  await thief.close();
});

test("a signed-out visit to a staff page signs in and comes back to it", async ({ page }) => {
  await page.goto("/staff?from=e2e");
  await expect(page).toHaveURL(/\/staff\/sign-in\?callbackUrl=%2Fstaff%3Ffrom%3De2e$/);
  await page.getByLabel("Username").fill("state.admin");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff\?from=e2e$/);
  await expect(page.getByText("State administrator")).toBeVisible();
});

test("each admin role sees its own scope", async ({ page }) => {
  await signInAsStaff(page, "district.admin");
  await expect(page.getByText("District administrator")).toBeVisible();
  await expect(page.getByText(/Facilities of your district/)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signedOut=1/);

  await signInAsStaff(page, "national.admin");
  await expect(page.getByText("National administrator")).toBeVisible();
  await expect(page.getByText(/The whole country/)).toBeVisible();
});

test("a wrong password is refused with a clear message and the username kept", async ({ page }) => {
  await signInAsStaff(page, "vaccinator", "not-the-password");
  await expect(page.getByText("Wrong username or password. Check both and try again.")).toBeVisible();
  await expect(new StaffSignInPage(page).username).toHaveValue("vaccinator");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

test("an unknown user gets the same answer as a wrong password", async ({ page }) => {
  await signInAsStaff(page, "nobody.here", "whatever");
  await expect(page.getByText("Wrong username or password. Check both and try again.")).toBeVisible();
});

test("an empty form is stopped with field errors before it is sent", async ({ page }) => {
  const signIn = new StaffSignInPage(page);
  await signIn.goto();
  await signIn.username.fill("vaccinator");
  await signIn.submit.click();
  await expect(signIn.password).toHaveAccessibleDescription("Enter your password.");
  await expect(signIn.password).toHaveAttribute("aria-invalid", "true");
  await expect(signIn.username).toHaveValue("vaccinator");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server validates too, and keeps what was typed", async ({ page }) => {
    const signIn = new StaffSignInPage(page);
    await signIn.goto();
    await signIn.username.fill("vaccinator");
    await signIn.submit.click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(signIn.password).toHaveAccessibleDescription("Enter your password.");
    await expect(signIn.username).toHaveValue("vaccinator");
  });
});

test("sign-in and the workspace work in Hindi", async ({ page }) => {
  await new StaffSignInPage(page).goto();
  await switchLanguage(page, "हिन्दी");
  await expect(page.getByRole("heading", { level: 1, name: "कर्मचारी साइन-इन" })).toBeVisible();
  // Its own user: signing out revokes every session of that user, and other tests sign in as "vaccinator".
  await signInAsStaff(page, "vaccinator2", "wrong-password");
  await expect(page.getByText("उपयोगकर्ता नाम या पासवर्ड गलत है। दोनों जाँचें और फिर से प्रयास करें।")).toBeVisible();
  await signInAsStaff(page, "vaccinator2");
  await expect(page.getByRole("heading", { level: 1, name: "आज के सत्र" })).toBeVisible();
  await page.getByRole("button", { name: "साइन आउट करें" }).click();
  await expect(page.getByText("आप साइन आउट हो गए हैं।")).toBeVisible();
});
