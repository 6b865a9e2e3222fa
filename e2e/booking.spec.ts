import { expect, test, type Page } from "@playwright/test";
import { normaliseMobile } from "../lib/accounts/phone";
import { pdfText } from "../lib/pdf/read-text";
import { completeCitizenSignIn, expectAccessible, serverPack, signInAsCitizen, switchLanguage, uniqueMobile, uniquePhotoId } from "./fixtures";
import { BookingPage, centreBookLink, openSession, withServerDatabase } from "./pages/booking";
import { CentreSearchPage } from "./pages/centre-search";
import { FamilyPage } from "./pages/family";
import { message, text } from "./pages/labels";

test.use({ viewport: { width: 360, height: 740 } });

const confirmationNumber = /^\d{3} \d{4} \d{4}$/;

async function addPeople(page: Page, names: string[]) {
  for (const name of names) {
    await new FamilyPage(page).addMember({ name, year: "1980", idNumber: uniquePhotoId("AADHAAR") });
    await expect(page).toHaveURL(/\/account\?done=added$/);
  }
}

test("from the family page a citizen books two family members into one session, sees the confirmation, the slip and its PDF", async ({ page, request, baseURL }) => {
  // Two sign-ins, two accessibility scans and a PDF: patience on a busy 2-core machine.
  test.setTimeout(120_000);
  const mobile = await signInAsCitizen(page);
  await addPeople(page, ["Asha Verma", "Ravi Verma"]);
  const session = await openSession(request, serverPack());
  const family = new FamilyPage(page);
  const search = new CentreSearchPage(page, serverPack());
  const booking = new BookingPage(page);

  // Clicked through as a person would: Asha's Book link, a PIN search, the centre, its session's Book, Ravi too, a slot.
  const started = Date.now();
  await family.bookLink("Asha Verma").click();
  await expect(page).toHaveURL(/\/centres\?for=[0-9a-f-]{36}$/);
  const asha = new URL(page.url()).searchParams.get("for")!;
  await search.searchByPostalCode(session.postalCode);
  await search.results.getByRole("link", { name: session.centreName, exact: true }).and(page.locator(`[href^="/centres/${session.centreId}?"]`)).click();
  await centreBookLink(page, session.sessionId).click();
  await expect(page).toHaveURL(new RegExp(`/account/book/${session.sessionId}\\?for=${asha}$`));
  await expect(booking.person("Asha Verma")).toBeChecked();
  await expect(booking.person("Ravi Verma")).not.toBeChecked();
  const started2 = Date.now();
  await expectAccessible(page);
  const axeSeconds = (Date.now() - started2) / 1000;
  await booking.book(["Ravi Verma"]);
  await expect(page).toHaveURL(/\/account\/appointments\/confirmation\?ids=/);
  await expect(page.getByRole("heading", { level: 1, name: text("booking.confirmation.title", { exact: true }) })).toBeVisible();
  const seconds = (Date.now() - started) / 1000 - axeSeconds;
  console.log(`family page to a confirmed booking of two people: ${seconds.toFixed(1)} s`);

  for (const name of ["Asha Verma", "Ravi Verma"]) {
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(card.getByText(confirmationNumber)).toBeVisible();
    await expect(card.getByText(/^\d{4}$/)).toBeVisible();
  }
  await expectAccessible(page);

  // One confirmation SMS through the messaging layer (the development outbox here), naming both people.
  // It goes out just after the answer, so it may land a moment after the confirmation shows.
  const smsBodies = () =>
    withServerDatabase(baseURL!, async (sql) =>
      (await sql<{ body: string }[]>`select body from message_outbox where recipient = ${normaliseMobile(mobile, serverPack().phone)!} and body like '%Asha Verma%'`).map((row) => row.body),
    );
  await expect.poll(smsBodies).toHaveLength(1);
  expect((await smsBodies())[0]).toContain("Ravi Verma");

  const ashaCard = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Asha Verma" }) });
  const pdfHref = await ashaCard.getByRole("link", { name: text("booking.confirmation.pdf") }).getAttribute("href");
  await ashaCard.getByRole("link", { name: text("booking.confirmation.slip") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("booking.slip.title", { exact: true }) })).toBeVisible();
  await expect(page.getByRole("img", { name: text("booking.slip.qr") })).toBeVisible();
  await expect(page.getByText("Asha Verma")).toBeVisible();

  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(await pdfText(bytes)).toContain("Asha Verma");
  // In the reader's language: Hindi labels, shaped and readable back, around the same facts.
  const hindi = await page.request.get(pdfHref!, { headers: { "Accept-Language": "hi-IN,hi" } });
  const hindiText = await pdfText(await hindi.body());
  for (const expected of [message("hi", "booking.slipPdf.heading"), message("hi", "booking.slipPdf.securityCode"), "Asha Verma"]) expect(hindiText).toContain(expected);

  // Another account's appointment answers like a missing one.
  const stranger = await page.context().browser()!.newPage();
  await signInAsCitizen(stranger);
  expect((await stranger.request.get(pdfHref!)).status()).toBe(404);
  await stranger.goto(pdfHref!.replace(/\.pdf$/, ""));
  await expect(stranger.getByRole("heading", { level: 1, name: text("booking.slip.title", { exact: true }) })).toHaveCount(0);
  await stranger.close();
});

test("a signed-out visitor books from a centre page: signs in, adds a person and comes back to the booking", async ({ page, request }) => {
  const session = await openSession(request, serverPack(), 1, 4);
  await page.goto(`/centres/${session.centreId}`);
  await centreBookLink(page, session.sessionId).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await completeCitizenSignIn(page, uniqueMobile());
  await expect(page).toHaveURL(new RegExp(`/account/book/${session.sessionId}$`));
  await expect(page.getByRole("heading", { level: 1, name: text("booking.page.title", { exact: true }) })).toBeVisible();
  await expect(page.getByText(text("booking.page.noPeople"))).toBeVisible();

  // A new account has nobody to book: the page offers to add someone, and adding them leads back here.
  await page.getByRole("link", { name: text("booking.page.addPerson", { exact: true }) }).click();
  const family = new FamilyPage(page);
  await family.fill({ name: "Nisha Pillai", year: "1980", idNumber: uniquePhotoId("AADHAAR") });
  await family.addButton.click();
  await expect(page).toHaveURL(new RegExp(`/account/book/${session.sessionId}\\?for=[0-9a-f-]{36}$`));
  const booking = new BookingPage(page);
  await expect(booking.person("Nisha Pillai")).toBeChecked();
  await booking.book([]);
  await expect(page.getByRole("heading", { level: 1, name: text("booking.confirmation.title", { exact: true }) })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nisha Pillai" })).toBeVisible();
});

test("when the last seat of a slot goes to someone else first, the form offers the next free ones", async ({ browser, request, baseURL }) => {
  const session = await openSession(request, serverPack(), 2, 1);
  const first = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const second = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAsCitizen(first);
  await addPeople(first, ["Kiran Rao"]);
  await signInAsCitizen(second);
  await addPeople(second, ["Meera Das"]);

  const slow = new BookingPage(first);
  await slow.goto(session.sessionId);
  const slot = slow.firstOpenSlot();
  const slotId = (await slot.getAttribute("value"))!;
  await slot.check();
  // The fixture leaves this slot one seat; the second citizen takes it through the page.
  await withServerDatabase(baseURL!, (sql) => sql`update slots set capacity = booked + 1 where id = ${slotId}`);
  const fast = new BookingPage(second);
  await fast.goto(session.sessionId);
  await second.locator(`input[name=slotId][value="${slotId}"]`).check();
  await fast.confirm.click();
  await expect(second).toHaveURL(/\/account\/appointments\/confirmation/);

  await slow.confirm.click();
  await expect(first.getByText(text("booking.failure.slotFull", { exact: true }))).toBeVisible();
  await expect(first).toHaveURL(new RegExp(`/account/book/${session.sessionId}$`));
  await expect(first.getByRole("checkbox", { name: /Kiran Rao/ })).toBeChecked();
  await expect(first.locator(`input[name=slotId][value="${slotId}"]`)).toHaveCount(0);
  await slow.firstOpenSlot().check();
  await slow.confirm.click();
  await expect(first).toHaveURL(/\/account\/appointments\/confirmation/);
  await first.close();
  await second.close();
});

test("booking works in Hindi", async ({ page, request }) => {
  await signInAsCitizen(page);
  await addPeople(page, ["Sunita Joshi"]);
  await switchLanguage(page, "हिन्दी");
  const session = await openSession(request, serverPack(), 1, 2);
  const booking = new BookingPage(page);
  await booking.goto(session.sessionId);
  await expect(page.getByRole("heading", { level: 1, name: "अपॉइंटमेंट बुक करें" })).toBeVisible();
  await booking.confirm.click();
  // Sunita is the only person, so she is chosen already; no slot yet: the error summary says so.
  await expect(page.getByRole("link", { name: "एक समय स्लॉट चुनें।" })).toBeVisible();
  await booking.book([]);
  await expect(page.getByRole("heading", { level: 1, name: "बुकिंग की पुष्टि हो गई" })).toBeVisible();
  await expect(page.getByText("सुरक्षा कोड").first()).toBeVisible();
});

test("booking works without JavaScript", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signInAsCitizen(page);
  await addPeople(page, ["Arjun Nair", "Lata Nair"]);
  const session = await openSession(request, serverPack(), 2, 3);
  const booking = new BookingPage(page);
  await booking.goto(session.sessionId);
  await booking.person("Arjun Nair").check();
  await booking.confirm.click();
  await expect(page.getByText(text("validation.booking.slotRequired", { exact: true })).first()).toBeVisible();
  await expect(booking.person("Arjun Nair")).toBeChecked();
  await expect(booking.person("Lata Nair")).not.toBeChecked();
  await booking.firstOpenSlot().check();
  await booking.confirm.click();
  await expect(page).toHaveURL(/\/account\/appointments\/confirmation\?ids=/);
  await expect(page.getByRole("heading", { name: "Arjun Nair" })).toBeVisible();
  await context.close();
});
