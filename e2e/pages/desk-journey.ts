import { expect, type Browser, type Page } from "@playwright/test";
import { signInAsCitizen, signInAsStaff, uniquePhotoId } from "../fixtures";
import { BookingPage } from "./booking";
import { FamilyPage } from "./family";
import { text } from "./labels";
import { VaccinatorPages, type DeskSession } from "./vaccinator";

// The two sides of a desk journey, shared by the vaccinator's and the certificate specs: a citizen books
// people through the citizen pages, and the demo vaccinator opens the session's queue.

export interface Booked {
  citizen: Page;
  /** Per name: the security code from the confirmation and the reference id from the family page. */
  people: Map<string, { code: string; referenceId: string; idLast4: string }>;
}
/** A citizen (in a browser of their own: one cookie holds one session) adds `names` and books them into the session. */
export async function bookAsCitizen(browser: Browser, session: DeskSession, names: string[]): Promise<Booked> {
  const citizen = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signInAsCitizen(citizen);
  const family = new FamilyPage(citizen);
  const ids = new Map<string, string>();
  for (const name of names) {
    const idNumber = uniquePhotoId("AADHAAR");
    ids.set(name, idNumber.slice(-4));
    await family.addMember({ name, year: "1980", idNumber });
    await expect(citizen).toHaveURL(/\/account\?done=added$/);
  }
  const booking = new BookingPage(citizen);
  await booking.goto(session.sessionId);
  await booking.book(names);
  await expect(citizen.getByRole("heading", { level: 1, name: text("booking.confirmation.title", { exact: true }) })).toBeVisible();
  const people = new Map<string, { code: string; referenceId: string; idLast4: string }>();
  for (const name of names) {
    const card = citizen.getByRole("listitem").filter({ has: citizen.getByRole("heading", { name }) });
    people.set(name, { code: ((await card.getByText(/^\d{4}$/).textContent()) ?? "").trim(), referenceId: "", idLast4: ids.get(name)! });
  }
  await citizen.goto("/account");
  for (const name of names) {
    const referenceId = ((await family.card(name).getByText(/^\d{13}$/).textContent()) ?? "").trim();
    people.get(name)!.referenceId = referenceId;
  }
  return { citizen, people };
}

/** Signs in as the demo vaccinator and opens the session from today's page, where sign-in lands. */
export async function openDesk(page: Page, session: DeskSession): Promise<VaccinatorPages> {
  await signInAsStaff(page, "vaccinator");
  await expect(page).toHaveURL(/\/staff\/vaccinate$/);
  const desk = new VaccinatorPages(page);
  await desk.sessionLink(session.sessionId).click();
  await expect(page).toHaveURL(new RegExp(`/staff/vaccinate/${session.sessionId}$`));
  return desk;
}

