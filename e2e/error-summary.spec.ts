import { expect, test, type Page } from "@playwright/test";
import { verhoeffCheckDigit } from "../lib/country/checksums";
import { expectAccessible, signInAsCitizen, switchLanguage } from "./fixtures";

// Errors people can fix (GOV.UK): a summary at the top of a failed form that links to each field, "Error:" in
// the page title, messages that say what is wrong, and digits accepted in whatever script they were typed.

test.use({ viewport: { width: 360, height: 740 } });

const toDevanagari = (digits: string) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(0x966 + Number(d)));

function aadhaar(): string {
  const body = `${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
  return body + verhoeffCheckDigit(body);
}

const summary = (page: Page) => page.locator("[data-error-summary]");

async function expectSummary(page: Page, links: Record<string, string>) {
  await expect(summary(page).getByRole("heading", { name: "There is a problem" })).toBeVisible();
  const items = summary(page).getByRole("link");
  await expect(items).toHaveText(Object.values(links));
  for (const [index, id] of Object.keys(links).entries()) await expect(items.nth(index)).toHaveAttribute("href", `#${id}`);
}

test("a failed family form lists every problem at the top, linked to its field, and says Error in the title", async ({ page }) => {
  await signInAsCitizen(page);
  await page.goto("/account/beneficiaries/new");
  const title = await page.title();
  await page.getByLabel("Full name").fill("A".repeat(101));
  await page.getByRole("button", { name: "Add family member" }).click();

  await expectSummary(page, {
    "beneficiary-name": "Names can be at most 100 characters.",
    "beneficiary-gender": "Choose a gender.",
    "beneficiary-birthYear": "Enter the year of birth.",
    "beneficiary-photoIdType": "Choose the type of photo ID.",
  });
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${title}`);
  await expectAccessible(page);

  // A link takes the keyboard to the field; fixing everything clears the summary and the title.
  await summary(page).getByRole("link", { name: "Enter the year of birth." }).click();
  await expect(page.getByLabel("Year of birth")).toBeFocused();
  await page.getByLabel("Full name").fill("Leela Menon");
  await page.getByRole("radio", { name: "Female" }).check();
  await page.getByLabel("Year of birth").fill("1962");
  await page.getByLabel(/^photo id$/i).selectOption("AADHAAR");
  const good = aadhaar();
  await page.getByLabel("Photo ID number").fill(good.slice(0, 11) + String((Number(good[11]) + 1) % 10));
  await page.getByRole("button", { name: "Add family member" }).click();
  await expectSummary(page, { "beneficiary-photoIdNumber": "The last digit does not match — check the Aadhaar number." });
  await expect(page).toHaveTitle(`Error: ${title}`);

  await page.getByLabel("Photo ID number").fill(good);
  await page.getByRole("button", { name: "Add family member" }).click();
  await expect(page.getByText("The family member was added.")).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error:/);
});

test("digits typed in Devanagari are read as digits, in a Hindi form", async ({ page }) => {
  await page.goto("/sign-in");
  await switchLanguage(page, "हिन्दी");
  await signInAsCitizen(page);
  await page.getByRole("link", { name: "परिवार का सदस्य जोड़ें" }).click();
  await page.getByLabel("पूरा नाम").fill("आशा देवी");
  await page.getByRole("radio", { name: "महिला" }).check();
  await page.getByLabel("जन्म वर्ष").fill("१९६१");
  await page.getByLabel(/^फ़ोटो पहचान पत्र$/).selectOption("AADHAAR");
  await page.getByLabel("फ़ोटो पहचान पत्र नंबर").fill(toDevanagari(aadhaar()));
  await page.getByRole("button", { name: "सदस्य जोड़ें" }).click();
  const card = page.getByRole("listitem").filter({ hasText: "आशा देवी" });
  await expect(card).toContainText("1961");
  await expect(page.getByText("4 में से 1 व्यक्ति पंजीकृत")).toBeVisible();
  await switchLanguage(page, "English");
});

test("a mobile number typed in Devanagari digits gets a code", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Mobile number").fill(toDevanagari(`9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`));
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByLabel("Verification code")).toBeVisible();
});

test("sign-in forms name the missing field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Send code" }).click();
  await expectSummary(page, { "sign-in-mobile": "Enter your mobile number." });
  await expect(page).toHaveTitle(/^Error: /);

  await page.goto("/staff/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectSummary(page, { "staff-sign-in-username": "Enter your username.", "staff-sign-in-password": "Enter your password." });
  await expect(summary(page)).toBeFocused();
  await expectAccessible(page);
});

test("a PIN that is not a PIN keeps what was typed and says what a PIN looks like", async ({ page }) => {
  await page.goto("/centres");
  await page.getByRole("textbox", { name: "PIN code" }).fill("5600");
  await page.getByRole("search", { name: /PIN code/ }).getByRole("button", { name: "Search" }).click();
  await expectSummary(page, { pin: "A PIN code is 6 digits, like 560001." });
  await expect(page.getByRole("textbox", { name: "PIN code" })).toHaveValue("5600");
  await expect(page.getByRole("textbox", { name: "PIN code" })).toHaveAccessibleDescription(/A PIN code is 6 digits, like 560001\./);
  await expect(page).toHaveTitle(/^Error: Find a vaccination centre/);
  await expectAccessible(page);

  await page.getByRole("textbox", { name: "PIN code" }).fill("५६०००१");
  await page.getByRole("search", { name: /PIN code/ }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/pin=/);
  await expect(summary(page)).toHaveCount(0);
  // Results fold the search into one line, which names the PIN as read: Devanagari digits became 0-9.
  await expect(page.getByRole("heading", { name: /centres? for PIN code 560001/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server renders the same summary, keeps what was typed, and titles a bad search Error", async ({ page }) => {
    await page.goto("/centres?pin=56001");
    await expectSummary(page, { pin: "A PIN code is 6 digits, like 560001." });
    await expect(page.getByRole("textbox", { name: "PIN code" })).toHaveValue("56001");
    await expect(page).toHaveTitle(/^Error: /);

    await page.goto("/staff/sign-in");
    await page.getByLabel("Username").fill("vaccinator");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectSummary(page, { "staff-sign-in-password": "Enter your password." });
    await expect(page.getByLabel("Username")).toHaveValue("vaccinator");
  });
});
