import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, serverPack, signInAsStaff } from "./fixtures";
import { withServerDatabase } from "./pages/booking";
import { text } from "./pages/labels";
import { StockBatchPage, StockPage } from "./pages/stock";
import { addDays, isoDateIn } from "../lib/time/dates";

// The facility admin's stock pages, on a phone and on a tablet held either way. Every test receives its
// own lot, so tests running side by side on the one demo facility never look at each other's batch.

const uniqueLot = () => `E2E${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`.toUpperCase();
const expiry = () => addDays(isoDateIn(serverPack().timeZone), 200);

async function openStockFromHome(page: Page) {
  await signInAsStaff(page, "facility.admin");
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByRole("link", { name: text("stock.home.link", { exact: true }) }).click();
  await expect(new StockPage(page).heading).toBeVisible();
}

const viewports = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "tablet portrait", viewport: { width: 768, height: 1024 } },
  { name: "tablet landscape", viewport: { width: 1024, height: 768 } },
];

for (const { name, viewport } of viewports) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("a facility admin records a received batch and wasted doses, and sees the counts change", async ({ page }) => {
      await openStockFromHome(page);
      const stock = new StockPage(page);
      const lot = uniqueLot();
      await stock.receive({ lot: lot.toLowerCase(), expiresOn: expiry(), doses: "500" });
      await expect(stock.done("received", lot)).toBeVisible();
      await expect(stock.figure(lot, "received")).toHaveText("500");
      await expect(stock.figure(lot, "left")).toHaveText("500");
      await expectAccessible(page);

      await stock.lotLink(lot).click();
      const batch = new StockBatchPage(page);
      await expect(batch.heading(lot)).toBeVisible();
      await batch.recordWastage("3", "Vial broke");
      await expect(stock.done("wasted", lot)).toBeVisible();
      await expect(stock.figure(lot, "wasted")).toHaveText("3");
      await expect(stock.figure(lot, "used")).toHaveText("0");
      await expect(stock.figure(lot, "left")).toHaveText("497");

      // The same lot again is refused on the lot field, and what was typed stays.
      await stock.receive({ lot, expiresOn: expiry(), doses: "250" });
      await expect(stock.lot).toHaveAccessibleDescription(new RegExp(`already has lot ${lot}`));
      await expect(stock.lot).toHaveValue(lot);
      await expect(stock.doses).toHaveValue("250");
      await expect(stock.figure(lot, "received")).toHaveText("500");
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 768, height: 1024 } });

  test("both forms work, and a refused wastage keeps the doses typed", async ({ page }) => {
    await openStockFromHome(page);
    const stock = new StockPage(page);
    const lot = uniqueLot();
    await stock.receive({ lot, expiresOn: expiry(), doses: "20" });
    await expect(stock.figure(lot, "left")).toHaveText("20");

    await stock.lotLink(lot).click();
    const batch = new StockBatchPage(page);
    await batch.recordWastage("21");
    await expect(batch.doses).toHaveAccessibleDescription(/Only 20 doses are left/);
    await expect(batch.doses).toHaveValue("21");
    await batch.recordWastage("20", "Cold chain failure");
    await expect(stock.figure(lot, "wasted")).toHaveText("20");
    await expect(stock.figure(lot, "left")).toHaveText("0");
  });
});

test("a vaccinator has no stock pages: no link, and the address leads back to their own start page", async ({ page }) => {
  await signInAsStaff(page, "vaccinator");
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole("link", { name: text("stock.home.link", { exact: true }) })).toHaveCount(0);
  await page.goto("/staff/stock");
  await expect(page).toHaveURL(/\/staff(\/vaccinate)?$/);
  await expect(new StockPage(page).heading).toHaveCount(0);
});

test("another facility's batch is not found, by its address or through the form", async ({ page, baseURL }) => {
  const [theirs] = await withServerDatabase(baseURL!, (sql) => sql<{ id: string; wasted: number }[]>`
    select id, doses_wasted as wasted from stock_batches
    where facility_id <> (select facility_id from staff_users where username = 'facility.admin') limit 1`);
  expect(theirs).toBeDefined();
  await openStockFromHome(page);
  await page.goto(`/staff/stock/${theirs!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: text("errors.notFound.title") })).toBeVisible();

  // One of our own batches' form, its batch id changed to theirs before it is sent.
  const stock = new StockPage(page);
  await stock.goto();
  const lot = uniqueLot();
  await stock.receive({ lot, expiresOn: expiry(), doses: "10" });
  await stock.lotLink(lot).click();
  await page.locator('input[name="batchId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), theirs!.id);
  const batch = new StockBatchPage(page);
  await batch.recordWastage("1");
  await expect(page.getByText(text("validation.stock.batchNotFound"))).toBeVisible();
  const [after] = await withServerDatabase(baseURL!, (sql) => sql<{ wasted: number }[]>`select doses_wasted as wasted from stock_batches where id = ${theirs!.id}`);
  expect(after!.wasted).toBe(theirs!.wasted);
});
