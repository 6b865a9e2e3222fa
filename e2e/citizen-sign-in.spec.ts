import { expect, test, type Page } from "@playwright/test";
import { completeCitizenSignIn, expectAccessible, readDemoCode, serverPack, signInAsCitizen, uniqueMobile } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

const sentTo = (page: Page) =>
  page.getByText(new RegExp(`We sent a code to \\+${serverPack().phone.callingCode} ••••••\\d{4}\\. It is valid for 3 minutes\\.`));
const waitNote = (page: Page) => page.getByText(/You can ask for a new code in \d+ s/);
const secondsIn = (text: string | null) => Number(/(\d+) s/.exec(text ?? "")?.[1]);
const wrongCodeFor = (code: string) => (code === "000000" ? "111111" : "000000");

async function askForCode(page: Page, mobile: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Mobile number").fill(mobile);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(sentTo(page)).toBeVisible();
}

test("a citizen signs in with the code shown on their own code step and signs out", async ({ page }) => {
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

test("each visitor sees only the code for the number they asked for, and no page lists codes", async ({ page, browser }) => {
  expect((await page.request.get("/dev/outbox")).status()).toBe(404);
  const other = await browser.newPage();
  const [mine, theirs] = [uniqueMobile(), uniqueMobile()];
  await askForCode(page, mine);
  await askForCode(other, theirs);
  const [myCode, theirCode] = [await readDemoCode(page), await readDemoCode(other)];
  expect(myCode).toMatch(/^\d{6}$/);
  await expectAccessible(page);
  if (myCode !== theirCode) await expect(page.getByText(theirCode)).toHaveCount(0);
  // The code shown is bound to this visitor's own challenge: it signs in the number they typed.
  await page.getByLabel("Verification code").fill(myCode);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await other.close();
});

test("a number that is not a mobile number is refused and kept", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Mobile number").fill("12345 67890");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByLabel("Mobile number")).toHaveAccessibleDescription(/Enter a valid mobile number\./);
  await expect(page.getByLabel("Mobile number")).toHaveValue("12345 67890");
});

test("a wrong code is the code field's error, and the resend button follows the server's real wait", async ({ page }) => {
  await askForCode(page, uniqueMobile());
  const code = await readDemoCode(page);
  const resend = page.getByRole("button", { name: "Send a new code" });
  await expect(resend).toBeEnabled();
  await expect(waitNote(page)).toBeVisible();

  const field = page.getByLabel("Verification code");
  await field.fill(wrongCodeFor(code));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("That code is not right. 4 tries left.");
  // GOV.UK pattern: focus goes to the error summary, whose link leads to the field.
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await expect(page.locator("[data-error-summary]").getByRole("link", { name: "That code is not right. 4 tries left." })).toHaveAttribute("href", "#sign-in-code");
  await expect(sentTo(page)).toBeVisible();
  // The wait carries on from when the code was sent: a wrong code does not open the way to a new one.
  await expect(waitNote(page)).toBeVisible();
  const before = secondsIn(await waitNote(page).textContent());
  expect(before).toBeGreaterThan(0);

  // Too early: nothing is sent, the page says how long is left, and the countdown does not start again.
  await resend.click();
  await expect(page.getByText(/^Please wait \d+ seconds before asking for another code\.$/)).toBeVisible();
  await expect(page.getByText(/We sent a code/)).toHaveCount(1);
  expect(secondsIn(await waitNote(page).textContent())).toBeLessThanOrEqual(before);
  expect(await readDemoCode(page)).toBe(code);
  await expectAccessible(page);

  await field.fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("signing out revokes the session: a copied cookie no longer opens the account or the session endpoint", async ({ page, context, browser }) => {
  await signInAsCitizen(page);
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  const copy = await thief.newPage();
  // While the session is live the copy works, so what follows is about revocation, not a broken copy.
  expect((await (await copy.request.get("/api/auth/session")).json())?.principal?.kind).toBe("citizen");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signedOut=1/);
  await copy.goto("/account");
  await expect(copy).toHaveURL(/\/sign-in/);
  const session = await (await copy.request.get("/api/auth/session")).json();
  expect(session?.principal).toBeUndefined();
  await thief.close();
});

test("a signed-out visit to an account page signs in and comes back to it", async ({ page }) => {
  await page.goto("/account/beneficiaries/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew$/);
  await completeCitizenSignIn(page, uniqueMobile());
  await expect(page).toHaveURL(/\/account\/beneficiaries\/new$/);
  await expect(page.getByLabel("Full name")).toBeVisible();
});

test("a session that ended mid-form says so with a link that signs in and comes back to the same page", async ({ page, context }) => {
  await signInAsCitizen(page);
  await page.goto("/account/beneficiaries/new");
  await page.getByLabel("Full name").fill("Kamala Devi");
  await page.getByRole("radio", { name: /^female$/i }).check();
  await page.getByLabel("Year of birth").fill("1960");
  await page.getByLabel(/^photo id$/i).selectOption({ label: "PAN card" });
  await page.getByLabel("Photo ID number").fill("ABCDE1234F");
  await context.clearCookies();
  await page.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Kamala Devi");
  await page.getByRole("link", { name: "Sign in and come back to this page" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew$/);
  await completeCitizenSignIn(page, uniqueMobile());
  await expect(page).toHaveURL(/\/account\/beneficiaries\/new$/);
});

test("a crafted return path never leaves the site", async ({ page }) => {
  for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    await completeCitizenSignIn(page, uniqueMobile());
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both steps, an early resend and a wrong code work as plain forms", async ({ page }) => {
    await askForCode(page, uniqueMobile());
    const code = await readDemoCode(page);

    const resend = page.getByRole("button", { name: "Send a new code" });
    await expect(resend).toBeEnabled();
    await resend.click();
    await expect(page.getByText(/^Please wait \d+ seconds before asking for another code\.$/)).toBeVisible();
    await expect(sentTo(page)).toBeVisible();

    const field = page.getByLabel("Verification code");
    await field.fill(wrongCodeFor(code));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("That code is not right. 4 tries left.");
    await expect(sentTo(page)).toBeVisible();
    expect(secondsIn(await waitNote(page).textContent())).toBeGreaterThan(0);

    await field.fill(code);
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });

  test("a session that ended mid-form sends the form to sign-in, which comes back to the same page", async ({ page, context }) => {
    await signInAsCitizen(page);
    await page.goto("/account/beneficiaries/new");
    await context.clearCookies();
    await page.getByRole("button", { name: "Add family member" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew&sessionEnded=1$/);
    await expect(page.getByText("Your session has ended. Please sign in again.")).toBeVisible();
    await completeCitizenSignIn(page, uniqueMobile());
    await expect(page).toHaveURL(/\/account\/beneficiaries\/new$/);
  });
});
