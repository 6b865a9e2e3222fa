import { expect, test } from "@playwright/test";
import { formatDay } from "../lib/appointments/format";
import { addDays, isoDateIn } from "../lib/time/dates";
import { expectAccessible, serverPack, signInAsStaff } from "./fixtures";
import { withServerDatabase } from "./pages/booking";
import { DosePage, givenDose } from "./pages/dose";
import { text } from "./pages/labels";

// The dose page a vaccinator opens from the queue, on a tablet held either way. Each test gives its own
// dose (through the server's database, as a mark leaves it), so tests side by side never share one.

/** What the correction left in the database: the dose's batch, and its audit rows' before and after lots. */
const correctionOf = (baseURL: string, doseId: string) =>
  withServerDatabase(baseURL, async (sql) => {
    const [dose] = await sql<{ batchId: string; lot: string }[]>`select stock_batch_id as "batchId", lot from doses where id = ${doseId}`;
    const audits = await sql<{ before: string; after: string }[]>`
      select summary->'before'->>'lot' as before, summary->'after'->>'lot' as after from audit_log
      where entity_type = 'dose' and entity_id = ${doseId} and action = 'dose.batch_corrected'`;
    return { dose, audits };
  });

for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
  test.describe(`on a ${viewport.width}×${viewport.height} tablet`, () => {
    test.use({ viewport });

    test("the vaccinator corrects the dose's batch and sees it changed; the dose row and the audit log follow", async ({ page, baseURL }) => {
      const dose = await givenDose(baseURL!, serverPack());
      await signInAsStaff(page, "vaccinator");
      await expect(page).not.toHaveURL(/sign-in/);
      const dosePage = new DosePage(page);
      await dosePage.goto(dose);
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(dose.personName) })).toBeVisible();
      await expect(dosePage.detail("page.batch")).toHaveText(dose.lot);
      await expect(dosePage.detail("page.vaccinator")).toHaveText("Vaccinator One");
      await expectAccessible(page);

      await dosePage.batchChoice(dose.otherLot).check();
      await dosePage.changeBatch.click();
      await expect(page.getByText(text("dose.page.done.corrected"))).toBeVisible();
      await expect(dosePage.detail("page.batch")).toHaveText(dose.otherLot);
      // The batch it no longer names is offered now, should the first choice have been right after all.
      await expect(dosePage.batchChoice(dose.lot)).toBeVisible();
      // The batches' used counts move too (lib/vaccination/corrections.db.test.ts); other specs share these batches.
      expect(await correctionOf(baseURL!, dose.doseId)).toEqual({
        dose: { batchId: dose.batchIds.other, lot: dose.otherLot },
        audits: [{ before: dose.lot, after: dose.otherLot }],
      });
    });

    test("the vaccinator records an adverse event and sees it listed; an onset before the dose is refused, keeping the notes", async ({ page, baseURL }) => {
      const pack = serverPack();
      const dose = await givenDose(baseURL!, pack);
      await signInAsStaff(page, "vaccinator");
      await expect(page).not.toHaveURL(/sign-in/);
      const dosePage = new DosePage(page);
      await dosePage.goto(dose);
      await expect(page.getByText(text("dose.aefi.none"))).toBeVisible();

      const today = isoDateIn(pack.timeZone);
      await dosePage.severity("minor").check();
      await dosePage.onsetOn.fill(addDays(today, -1));
      await dosePage.notes.fill("Sore arm and a low fever in the evening.");
      await dosePage.recordEvent.click();
      await expect(dosePage.onsetOn).toHaveAccessibleDescription(/cannot have begun before the dose was given/);
      await expect(dosePage.notes).toHaveValue("Sore arm and a low fever in the evening.");
      await expect(dosePage.severity("minor")).toBeChecked();

      await dosePage.onsetOn.fill(today);
      await dosePage.recordEvent.click();
      await expect(page.getByText(text("dose.page.done.aefi"))).toBeVisible();
      await expect(dosePage.events).toHaveCount(1);
      await expect(dosePage.events.first()).toContainText(`Minor, began ${formatDay(today, "en")}`);
      await expect(dosePage.events.first()).toContainText("Sore arm and a low fever in the evening.");
      await expect(dosePage.events.first()).toContainText("Recorded by Vaccinator One");
    });
  });
}

test("another facility's vaccinator gets not-found for the dose, and a form changed to name it is refused", async ({ page, baseURL }) => {
  const pack = serverPack();
  const [ours, theirs] = [await givenDose(baseURL!, pack), await givenDose(baseURL!, pack, "vaccinator2")];
  await signInAsStaff(page, "vaccinator2");
  await expect(page).not.toHaveURL(/sign-in/);
  const dosePage = new DosePage(page);
  await dosePage.goto(ours);
  await expect(page.getByRole("heading", { level: 1, name: text("errors.notFound.title") })).toBeVisible();
  await expect(page.getByText(ours.personName)).toHaveCount(0);

  // Their own dose's page, the AEFI form's dose id changed to the other facility's before it is sent.
  await dosePage.goto(theirs);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(theirs.personName) })).toBeVisible();
  await page.locator('form:has(input[name="severity"]) input[name="doseId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), ours.doseId);
  await dosePage.severity("serious").check();
  await dosePage.recordEvent.click();
  await expect(page.getByText(text("validation.vaccination.doseNotFound"))).toBeVisible();
  const events = await withServerDatabase(baseURL!, (sql) => sql`select id from adverse_events where dose_id in ${sql([ours.doseId, theirs.doseId])}`);
  expect(events).toHaveLength(0);
});
