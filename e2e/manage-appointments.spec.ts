import { expect, test, type Page } from "@playwright/test";
import type { BookedAppointment } from "../lib/appointments/types";
import { devanagari, expectAccessible, signInAsCitizen, switchLanguage, uniquePhotoId } from "./fixtures";
import { citizenWithAppointment } from "./manage-fixtures";
import { BookingPage, withServerDatabase } from "./pages/booking";
import { FamilyPage } from "./pages/family";
import { text } from "./pages/labels";

// Reschedule and cancel from the family page. The appointment is booked through the booking core on the
// server's database (e2e/manage-booking.ts), so these journeys do not depend on the booking pages.

test.use({ viewport: { width: 360, height: 740 } });

const card = (page: Page, name: string) => page.getByRole("listitem").filter({ hasText: name });

async function expectBooked(page: Page, name: string, booked: BookedAppointment) {
  const person = card(page, name);
  await expect(person.getByText(booked.confirmationNumber)).toBeVisible();
  await expect(person.getByText(booked.securityCode, { exact: true })).toBeVisible();
  await expect(person.getByRole("heading", { level: 3, name: text("booking.status.booked") })).toBeVisible();
  await expect(person.getByRole("link", { name: text("booking.manage.slip") })).toHaveAttribute("href", `/account/appointments/${booked.id}/slip`);
  // Booked: no second booking is offered, and the card does not say the dose can be booked now.
  await expect(person.getByRole("link", { name: text("booking.manage.book") })).toHaveCount(0);
  await expect(person.getByText(text("account.card.nextDoseNow"))).toHaveCount(0);
}

/**
 * A choice in the booked session itself (from tomorrow on, another slot). Today's slots are offered too
 * while they have not ended, but a session that has started can no longer be changed, which these
 * journeys go on to do.
 */
const laterChoice = (page: Page, booked: BookedAppointment) => page.locator(`input[name=target][value^="${booked.sessionId}/"]`);

async function reschedule(page: Page, name: string, booked: BookedAppointment) {
  await card(page, name).getByRole("link", { name: text("booking.manage.reschedule") }).click();
  await expect(page.getByText(text("booking.manage.reschedulesLeft"))).toBeVisible();
  const choice = laterChoice(page, booked).first();
  await choice.check();
  await page.getByRole("button", { name: text("booking.manage.reschedulePage.confirm", { exact: true }) }).click();
  await expect(page.getByText(text("booking.manage.done.rescheduled"))).toBeVisible();
}

async function cancel(page: Page, name: string) {
  await card(page, name).getByRole("link", { name: text("booking.manage.cancel") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("booking.manage.cancelPage.title") })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await page.getByRole("button", { name: text("booking.manage.cancelPage.confirm", { exact: true }) }).click();
  await expect(page.getByText(text("booking.manage.done.cancelled"))).toBeVisible();
}

async function expectCancelledAndBookable(page: Page, name: string) {
  const person = card(page, name);
  await expect(person.getByRole("heading", { level: 3, name: text("booking.status.cancelled") })).toBeVisible();
  await expect(person.getByRole("link", { name: text("booking.manage.reschedule") })).toHaveCount(0);
  await expect(person.getByRole("link", { name: text("booking.manage.book") })).toHaveAttribute("href", /^\/centres\?for=[0-9a-f-]{36}$/);
  await expect(person.getByText(text("account.card.nextDoseNow"))).toBeVisible();
}

/** The appointment's date, time and centre on the family page: the first three facts of it. */
async function where(page: Page, name: string) {
  return (await card(page, name).getByRole("region").getByRole("definition").allTextContents()).slice(0, 3);
}

test("the family page shows the appointment; it is rescheduled, cancelled, and the person can book again", async ({ page, baseURL }) => {
  const name = "Kavya Rao";
  const booked = await citizenWithAppointment(page, baseURL!, name);
  await expectBooked(page, name, booked);
  await expectAccessible(page);

  const before = await where(page, name);
  await reschedule(page, name, booked);
  await expectAccessible(page);
  const after = card(page, name);
  await expect(after.getByText(booked.confirmationNumber)).toBeVisible();
  await expect(after.getByText(text("booking.manage.reschedulesLeft"))).toContainText("2");
  expect(await where(page, name)).not.toEqual(before);

  await cancel(page, name);
  await expectCancelledAndBookable(page, name);
});

test("when the chosen slot's last seat goes to someone else first, the reschedule page says so and offers the next free ones", async ({ page, baseURL, browser }) => {
  const name = "Rohan Iyer";
  const booked = await citizenWithAppointment(page, baseURL!, name);
  const before = await where(page, name);
  await card(page, name).getByRole("link", { name: text("booking.manage.reschedule") }).click();
  // The last choice, so the other journeys here (they take the first) keep their seats.
  const choice = laterChoice(page, booked).last();
  const target = (await choice.getAttribute("value"))!;
  const [sessionId, slotId] = target.split("/") as [string, string];
  await choice.check();

  // Meanwhile the slot is left one seat, and another citizen takes it through the booking page.
  await withServerDatabase(baseURL!, (sql) => sql`update slots set capacity = booked + 1 where id = ${slotId}`);
  const other = await browser.newPage({ baseURL: baseURL!, viewport: { width: 360, height: 740 } });
  await signInAsCitizen(other);
  await new FamilyPage(other).addMember({ name: "Zoya Sheikh", year: String(new Date().getFullYear() - 46), idNumber: uniquePhotoId("AADHAAR") });
  await expect(other.getByText(text("account.home.done.added"))).toBeVisible();
  const fast = new BookingPage(other);
  await fast.goto(sessionId);
  await other.locator(`input[name=slotId][value="${slotId}"]`).check();
  await fast.confirm.click();
  await expect(other).toHaveURL(/\/account\/appointments\/confirmation\?ids=/);
  await other.close();

  const confirm = page.getByRole("button", { name: text("booking.manage.reschedulePage.confirm", { exact: true }) });
  await confirm.click();
  await expect(page.getByText(text("booking.failure.slotFull", { exact: true }))).toBeVisible();
  await expect(page).toHaveURL(/\/account\/appointments\/[0-9a-f-]{36}\/reschedule$/);
  // The next free ones: the taken slot is no longer offered, others are.
  await expect(page.locator(`input[name=target][value="${target}"]`)).toHaveCount(0);
  await expect(page.getByRole("radio").first()).toBeVisible();

  // Nothing moved: the family page (another tab) still shows the old slot, with no reschedule used.
  const family = await page.context().newPage();
  await family.goto("/account");
  expect(await where(family, name)).toEqual(before);
  await expect(card(family, name).getByText(text("booking.manage.reschedulesLeft"))).toContainText("3");
  await family.close();

  await laterChoice(page, booked).first().check();
  await confirm.click();
  await expect(page.getByText(text("booking.manage.done.rescheduled"))).toBeVisible();
  expect(await where(page, name)).not.toEqual(before);
  await expect(card(page, name).getByText(text("booking.manage.reschedulesLeft"))).toContainText("2");
});

test("the cancel page of another account's appointment is not found", async ({ page, baseURL, browser }) => {
  const booked = await citizenWithAppointment(page, baseURL!, "Farah Khan");
  const other = await browser.newPage({ baseURL: baseURL!, viewport: { width: 360, height: 740 } });
  await signInAsCitizen(other);
  const response = await other.goto(`/account/appointments/${booked.id}/cancel`);
  expect(response?.status()).toBe(404);
  await other.close();
});

test("in Hindi: the appointment, reschedule and cancel", async ({ page, baseURL }) => {
  const name = "Lata Mehta";
  const booked = await citizenWithAppointment(page, baseURL!, name);
  await switchLanguage(page, "हिन्दी");
  await expectBooked(page, name, booked);
  await expect(card(page, name).getByRole("link", { name: text("booking.manage.reschedule") })).toHaveText(devanagari);
  await reschedule(page, name, booked);
  await cancel(page, name);
  await expectCancelledAndBookable(page, name);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reschedule and cancel work as plain forms", async ({ page, baseURL }) => {
    const name = "Mohan Das";
    const booked = await citizenWithAppointment(page, baseURL!, name);
    await expectBooked(page, name, booked);
    await reschedule(page, name, booked);
    await cancel(page, name);
    await expectCancelledAndBookable(page, name);
  });
});
