import { expect, test } from "@playwright/test";
import { expectAccessible, serverPack, signInAsCitizen, switchLanguage, uniqueMobile, uniquePhotoId } from "./fixtures";
import { bookAsCitizen, openDesk } from "./pages/desk-journey";
import { DosePage } from "./pages/dose";
import { FamilyPage } from "./pages/family";
import { text } from "./pages/labels";
import { batchUse, deskSession, endSlots } from "./pages/vaccinator";

// The vaccinator's desk on a tablet, both ways up. Each test has a session of its own at the demo
// vaccinator's facility (so its counts are its own) and books its people through the citizen pages.

const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);
const otherCode = (code: string) => String((Number(code) + 1) % 10_000).padStart(4, "0");

for (const [orientation, viewport] of [
  ["landscape", { width: 1024, height: 768 }],
  ["portrait", { width: 768, height: 1024 }],
] as const) {
  test.describe(`on a ${orientation} tablet`, () => {
    test.use({ viewport });

    test("a vaccinator finds a booked person by reference id, verifies the code, vaccinates from a batch, sees the counts move and corrects the batch", async ({ page, browser, baseURL }) => {
      test.setTimeout(180_000);
      const session = await deskSession(baseURL!, serverPack());
      const { citizen, people } = await bookAsCitizen(browser, session, ["Lata Iyer"]);
      const lata = people.get("Lata Iyer")!;

      const desk = await openDesk(page, session);
      await desk.expectCounts({ booked: 1, vaccinated: 0, pending: 1, noShow: 0 });
      await expect(desk.search).toBeFocused();
      await expectAccessible(page);

      // Find: the search field has focus on arrival; typing and Enter is all a hardware keyboard needs.
      const findStarted = Date.now();
      await page.keyboard.type(lata.referenceId);
      await page.keyboard.press("Enter");
      await expect(page.getByText(`1 person matches “${lata.referenceId}”.`)).toBeVisible();
      await expect(desk.queue.getByRole("listitem")).toHaveCount(1);
      // The one match has focus: Enter opens the person.
      await expect(desk.personLink("Lata Iyer")).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name: "Lata Iyer" })).toBeVisible();
      const findSeconds = seconds(findStarted);

      // Verify: who this is (photo ID masked), then a wrong code is refused and counted.
      const verifyStarted = Date.now();
      await expect(page.getByText(`••••${lata.idLast4}`)).toBeVisible();
      await expect(page.getByText(/\d{4} \d{4} \d{4}/)).toHaveCount(0);
      await expect(desk.code).toBeFocused();
      await expect(desk.batch(session.lot)).toBeVisible();
      await desk.vaccinate(session.lot, otherCode(lata.code));
      // The error summary links to the field, which says the same.
      await expect(page.getByRole("link", { name: /Wrong security code\. 4 tries left/ })).toBeVisible();
      await expect(desk.code).toHaveAccessibleDescription(/Wrong security code\. 4 tries left/);
      await expect(desk.code).toHaveValue("");
      const verifySeconds = seconds(verifyStarted);
      await expectAccessible(page);

      // Mark: the right code, this test's batch, confirm: back at the queue, told, counts moved.
      const markStarted = Date.now();
      await desk.vaccinate(session.lot, lata.code);
      await expect(page).toHaveURL(new RegExp(`/staff/vaccinate/${session.sessionId}\\?vaccinated=`));
      await expect(desk.notice).toHaveText(/Vaccinated: Lata Iyer, dose 1/);
      await expect(desk.notice).toBeFocused();
      const markSeconds = seconds(markStarted);
      await desk.expectCounts({ booked: 1, vaccinated: 1, pending: 0, noShow: 0 });
      await expect(desk.row("Lata Iyer").getByText(text("vaccinate.status.completed", { exact: true }))).toBeVisible();
      const doseRecord = desk.row("Lata Iyer").getByRole("link", { name: text("vaccinate.queue.doseRecordFor") });
      await expect(doseRecord).toHaveAttribute("href", new RegExp(`^/staff/vaccinate/${session.sessionId}/doses/[0-9a-f-]{36}$`));
      await expectAccessible(page);
      console.log(`${orientation} tablet, one booked person: find ${findSeconds} s, verify (with one wrong code) ${verifySeconds} s, mark ${markSeconds} s`);

      // The dose record (its own page) corrects the batch: the count moves from one batch to the other.
      await doseRecord.click();
      const dosePage = new DosePage(page);
      await expect(dosePage.detail("page.batch")).toHaveText(session.lot);
      await dosePage.batchChoice(session.secondLot).check();
      await dosePage.changeBatch.click();
      await expect(page.getByText(text("dose.page.done.corrected"))).toBeVisible();
      await expect(dosePage.detail("page.batch")).toHaveText(session.secondLot);
      expect(await batchUse(baseURL!, session.lot)).toEqual({ used: 0, doses: 0 });
      expect(await batchUse(baseURL!, session.secondLot)).toEqual({ used: 1, doses: 1 });

      // The person's page now says so, and offers no second mark.
      await page.goto(`/staff/vaccinate/${session.sessionId}`);
      await desk.personLink("Lata Iyer").click();
      await expect(page.getByText(text("vaccinate.verify.done"))).toBeVisible();
      await expect(desk.confirm).toHaveCount(0);

      // The citizen sees the dose on the family page.
      await citizen.reload();
      const card = new FamilyPage(citizen).card("Lata Iyer");
      // The appointment's badge reads "Status: Vaccinated" to a screen reader.
      await expect(card.getByText(/Status: Vaccinated/)).toBeVisible();
      await expect(card.getByText(new RegExp(`Dose 1: ${session.vaccineName}`))).toBeVisible();
      await citizen.context().close();
    });

    test("a vaccinator registers a walk-in and vaccinates them without a code; the citizen then finds them with that mobile", async ({ page, browser, baseURL }) => {
      test.setTimeout(120_000);
      const session = await deskSession(baseURL!, serverPack());
      const mobile = uniqueMobile();
      const desk = await openDesk(page, session);
      await desk.expectCounts({ booked: 0, vaccinated: 0, pending: 0, noShow: 0 });

      const registerStarted = Date.now();
      await desk.walkInLink.click();
      const form = new FamilyPage(page);
      await page.getByLabel(text("vaccinate.walkIn.mobile", { exact: true })).fill(mobile);
      await form.fill({ name: "Walkin Devi", year: "1975", idNumber: uniquePhotoId("AADHAAR") });
      await page.getByRole("button", { name: text("vaccinate.walkIn.submit", { exact: true }) }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Walkin Devi" })).toBeVisible();
      await expect(page.getByText(text("vaccinate.verify.walkIn", { exact: true }))).toBeVisible();
      await expect(desk.code).toHaveCount(0);
      const registerSeconds = seconds(registerStarted);
      await expectAccessible(page);
      // The mark's answer is lost on the way back and the post is sent again, same key: one dose, the same answer.
      const personPage = page.url();
      await page.route(personPage, async (route) => {
        if (route.request().method() !== "POST") return route.fallback();
        await route.fetch({ maxRedirects: 0 });
        await route.fulfill({ response: await route.fetch({ maxRedirects: 0 }) });
      });
      const markStarted = Date.now();
      await desk.vaccinate(session.secondLot);
      await expect(desk.notice).toHaveText(/Vaccinated: Walkin Devi, dose 1/);
      console.log(`${orientation} tablet, one walk-in: register ${registerSeconds} s, mark (its post sent twice) ${seconds(markStarted)} s`);
      await page.unroute(personPage);
      await desk.expectCounts({ booked: 1, vaccinated: 1, pending: 0, noShow: 0 });
      expect(await batchUse(baseURL!, session.secondLot)).toEqual({ used: 1, doses: 1 });

      const citizen = await (await browser.newContext()).newPage();
      await signInAsCitizen(citizen, mobile);
      const card = new FamilyPage(citizen).card("Walkin Devi");
      await expect(card.getByText(/Status: Vaccinated/)).toBeVisible();
      await citizen.context().close();
    });
  });
}

test.describe("at the end of the day", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("a vaccinator marks one person a no-show, then everyone still waiting, once the slot has ended", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const session = await deskSession(baseURL!, serverPack());
    const { citizen } = await bookAsCitizen(browser, session, ["Noor Khan", "Sunil Rao", "Tara Das"]);
    await citizen.context().close();
    const desk = await openDesk(page, session);
    // The slot is still open: the end-of-day action waits and says until when.
    await expect(desk.remainingNoShowsLink).toHaveCount(0);
    await expect(page.getByText(text("vaccinate.queue.noShowsFrom"))).toBeVisible();

    await endSlots(baseURL!, session.sessionId);
    await page.reload();
    await desk.personLink("Noor Khan").click();
    await desk.noShowLink.click();
    await page.getByRole("button", { name: text("vaccinate.noShow.confirm", { exact: true }) }).click();
    await expect(desk.notice).toHaveText(/Marked as no-show: Noor Khan/);
    await desk.expectCounts({ booked: 3, vaccinated: 0, pending: 2, noShow: 1 });

    await desk.remainingNoShowsLink.click();
    await expect(page.getByText(/2 people are still waiting/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: text("vaccinate.noShows.confirm", { exact: true }) }).click();
    await expect(desk.notice).toHaveText(/2 people marked as no-show/);
    await desk.expectCounts({ booked: 3, vaccinated: 0, pending: 0, noShow: 3 });
    await expect(desk.row("Tara Das").getByText(text("vaccinate.status.no_show", { exact: true }))).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ viewport: { width: 1024, height: 768 }, javaScriptEnabled: false });

  test("the desk still finds, refuses a wrong code with the tries left, and marks", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const session = await deskSession(baseURL!, serverPack());
    const { citizen, people } = await bookAsCitizen(browser, session, ["Usha Menon"]);
    await citizen.context().close();
    const usha = people.get("Usha Menon")!;

    const desk = await openDesk(page, session);
    await desk.find("usha");
    await desk.personLink("Usha Menon").click();
    await desk.vaccinate(session.lot, otherCode(usha.code));
    await expect(page.getByRole("link", { name: /Wrong security code\. 4 tries left/ })).toBeVisible();
    await desk.vaccinate(session.lot, usha.code);
    await expect(desk.notice).toHaveText(/Vaccinated: Usha Menon, dose 1/);
    await desk.expectCounts({ booked: 1, vaccinated: 1, pending: 0, noShow: 0 });
    expect(await batchUse(baseURL!, session.lot)).toEqual({ used: 1, doses: 1 });
  });
});

test.describe("in Hindi", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("the whole desk works in Hindi", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const session = await deskSession(baseURL!, serverPack());
    const { citizen, people } = await bookAsCitizen(browser, session, ["Meena Joshi"]);
    await citizen.context().close();

    await page.goto("/staff/sign-in");
    await switchLanguage(page, "हिन्दी");
    const desk = await openDesk(page, session);
    await expect(page.getByRole("searchbox", { name: "व्यक्ति खोजें" })).toBeFocused();
    await desk.find("meena");
    await desk.personLink("Meena Joshi").click();
    await expect(page.getByText("सुरक्षा कोड", { exact: true })).toBeVisible();
    // From the keyboard: the batch, then the code, and Enter confirms.
    await desk.batch(session.lot).check();
    await desk.code.fill(people.get("Meena Joshi")!.code);
    await desk.code.press("Enter");
    await expect(desk.notice).toHaveText(/टीका लगा: Meena Joshi, खुराक 1/);
    await expect(desk.notice.locator("[lang=en]")).toHaveText("Meena Joshi");
    await desk.expectCounts({ booked: 1, vaccinated: 1, pending: 0, noShow: 0 });
    await expectAccessible(page);
  });
});
