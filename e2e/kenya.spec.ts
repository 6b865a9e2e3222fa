import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, serverPack, signInAsCitizen, uniquePhotoId } from "./fixtures";
import { CentreSearchPage, demoPlace } from "./pages/centre-search";
import { FamilyPage } from "./pages/family";

// Runs against a server with the Kenya pack (VAXPORT_COUNTRY=KE): if India crept into the code, this breaks.
test.use({ viewport: { width: 360, height: 740 } });

/** Nothing of the Indian pack shows on a Kenyan page. */
async function expectNothingIndian(page: Page) {
  await expect(page.locator("body")).not.toContainText(/\+91|Aadhaar|आधार|PIN code|India|₹/);
}

test("a Kenyan citizen signs in, registers a person with a Kenyan ID and finds a centre", async ({ page }) => {
  const pack = serverPack();
  expect(pack.code).toBe("KE");

  await signInAsCitizen(page);
  await expect(page.getByText(new RegExp(`\\+${pack.phone.callingCode} •+\\d{4}`))).toBeVisible();

  const family = new FamilyPage(page);
  await family.addLink.click();
  const idNumber = uniquePhotoId("NATIONAL_ID");
  await family.fill({ name: "Wanjiru Kamau", year: "1988", idType: "NATIONAL_ID", idNumber });
  await expect(page.getByText(`For example: ${pack.photoIdTypes[0]!.example}`)).toBeVisible();
  await expectNothingIndian(page);
  await family.addButton.click();
  await expect(page.getByText("The family member was added.")).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: "Wanjiru Kamau" });
  await expect(card.getByText(`National ID card ••••${idNumber.slice(-4)}`)).toBeVisible();
  await expectNothingIndian(page);
  await expectAccessible(page);

  const search = new CentreSearchPage(page, pack);
  const place = await demoPlace(page.request, pack);
  await search.goto();
  await expect(page.getByText(`For example ${pack.postalCode.example}`)).toBeVisible();
  await expectNothingIndian(page);
  await search.searchByDistrict(place.state, place.district);
  await expect(page.getByRole("heading", { name: new RegExp(`centres? in ${place.district}`) })).toBeVisible();
  expect(await search.results.count()).toBeGreaterThan(0);
  await expectNothingIndian(page);

  await search.changeSearch();
  await search.searchByPostalCode(place.postalCode);
  await expect(page.getByRole("heading", { name: new RegExp(`centres? for Postal code ${place.postalCode}`) })).toBeVisible();
  expect(await search.results.count()).toBeGreaterThan(0);
  await expectNothingIndian(page);
  await expectAccessible(page);
});
