import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../lib/pdf/read-text";
import { expectAccessible, serverPack, signInAsStaff } from "./fixtures";
import { withServerDatabase } from "./pages/booking";
import { bookAsCitizen, openDesk } from "./pages/desk-journey";
import { FamilyPage } from "./pages/family";
import { text } from "./pages/labels";
import { deskSession } from "./pages/vaccinator";
import { VerifyPage } from "./pages/verify";
import { pdfQrText } from "./support/qr-files";
import { altered } from "./support/verify-samples";

// From the vaccinator's confirm to a verifier's answer, through the pages people use: the citizen's family
// page, the certificate page and its PDF, /verify, the national admin's revoke page, and the public
// Reference ID path for someone without the account's phone session.

const certificateLink = (page: Page, name: string) =>
  new FamilyPage(page)
    .card(name)
    .getByRole("link", { name: text("certificates.family.link.provisional") })
    .or(new FamilyPage(page).card(name).getByRole("link", { name: text("certificates.family.link.final") }));

/** The sign-in code the SMS outbox holds for the mobile `referenceId` is registered under (the test reads what the phone would). */
async function latestCodeFor(baseURL: string, referenceId: string): Promise<string> {
  return withServerDatabase(baseURL, async (sql) => {
    const [row] = await sql<{ body: string }[]>`
      select m.body from message_outbox m join accounts a on a.mobile = m.recipient join beneficiaries b on b.account_id = a.id
      where b.reference_id = ${referenceId} order by m.created_at desc limit 1`;
    return /\b(\d{6})\b/.exec(row?.body ?? "")?.[1] ?? "";
  });
}

/** The account's last code was sent long enough ago that another may be sent now (the resend wait is the pack's). */
async function allowAnotherCode(baseURL: string, referenceId: string): Promise<void> {
  await withServerDatabase(baseURL, (sql) =>
    sql`update otp_challenges set created_at = created_at - interval '10 minutes'
      where mobile = (select a.mobile from accounts a join beneficiaries b on b.account_id = a.id where b.reference_id = ${referenceId})`,
  );
}

test("a dose yields a certificate: the citizen downloads its PDF, a verifier finds it VALID, tampering INVALID, and after revocation REVOKED", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const name = "Meera Nair";
  const session = await deskSession(baseURL!, serverPack());
  const { citizen, people } = await bookAsCitizen(browser, session, [name]);
  const meera = people.get(name)!;

  await test.step("the vaccinator records the dose", async () => {
    const desk = await openDesk(page, session);
    await desk.personLink(name).click();
    await desk.vaccinate(session.lot, meera.code);
    await expect(desk.notice).toHaveText(new RegExp(`Vaccinated: ${name}, dose 1`));
  });

  let certificateId = "";
  let pdf = Buffer.alloc(0);
  await test.step("the citizen opens the certificate from the family page and downloads its PDF", async () => {
    await citizen.goto("/account");
    await certificateLink(citizen, name).click();
    await expect(citizen).toHaveURL(/\/account\/certificates\/[0-9a-f-]{36}$/);
    const title = new RegExp(`${text("certificates.page.title.provisional", { exact: true }).source}|${text("certificates.page.title.final", { exact: true }).source}`, "i");
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(citizen.getByText(name, { exact: true })).toBeVisible();
    await expect(citizen.getByText(`••••${meera.idLast4}`)).toBeVisible();
    await expect(citizen.getByText(session.lot, { exact: true })).toBeVisible();
    certificateId = ((await citizen.getByText(/^URN:UVCI:01:IN:/).textContent()) ?? "").trim();
    expect(certificateId).toMatch(/^URN:UVCI:01:IN:[A-Z0-9/]+#[A-Z0-9/:]$/);
    await expectAccessible(citizen);

    const [download] = await Promise.all([citizen.waitForEvent("download"), citizen.getByRole("link", { name: text("certificates.page.pdf", { exact: true }) }).click()]);
    pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const printed = await pdfText(pdf);
    expect(printed).toContain(name);
    expect(printed).toContain(`••••${meera.idLast4}`);
    expect(printed).toContain(certificateId);
    expect(printed).toContain(session.lot);
  });

  const verify = new VerifyPage(page);
  const qrText = pdfQrText(pdf);
  await test.step("a verifier pastes the PDF's QR text: VALID, naming the holder; one character changed: INVALID", async () => {
    expect(qrText).toMatch(/^HC1:/);
    await verify.goto();
    await verify.paste(qrText);
    await expect(verify.status("valid")).toBeVisible();
    await expect(verify.answer).toContainText(name);
    await expect(verify.answer).toContainText("1980");
    await expect(verify.answer).toContainText(certificateId);

    await verify.checkAnother.click();
    await verify.paste(altered(qrText));
    await expect(verify.status("invalid")).toBeVisible();
    await expect(verify.answer).not.toContainText(name);
  });

  await test.step("the PDF itself, uploaded to /verify, is read and VALID", async () => {
    await verify.goto();
    await verify.uploadFile("certificate.pdf", "application/pdf", pdf);
    await expect(verify.status("valid")).toBeVisible({ timeout: 30_000 });
    await expect(verify.answer).toContainText(certificateId);
  });

  await test.step("a national admin revokes it with a reason; verifiers now see REVOKED, the citizen's page says so", async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInAsStaff(admin, "national.admin");
    await admin.getByRole("link", { name: text("certificates.revoke.link", { exact: true }) }).click();
    await expect(admin).toHaveURL(/\/staff\/certificates$/);
    await admin.getByLabel(text("certificates.revoke.certificateId", { exact: true })).fill(certificateId);
    await admin.getByLabel(text("certificates.revoke.reason", { exact: true })).fill("e2e: issued to the wrong person");
    await admin.getByRole("button", { name: text("certificates.revoke.submit", { exact: true }) }).click();
    await expect(admin.getByText(`Certificate ${certificateId} is revoked.`)).toBeVisible();
    await admin.context().close();

    await verify.goto();
    await verify.paste(qrText);
    await expect(verify.status("revoked")).toBeVisible();
    await expect(verify.answer).toContainText(name);
    // Offline verifiers get it from the published list, as the first 16 bytes of the id's SHA-256 (base64).
    const list = (await (await page.request.get("/api/certificates/revocations")).json()) as { entries: string[] };
    expect(list.entries).toContain(createHash("sha256").update(certificateId).digest().subarray(0, 16).toString("base64"));

    await citizen.reload();
    await expect(citizen.getByRole("alert").filter({ hasText: text("certificates.page.revoked") })).toBeVisible();
  });
  await citizen.context().close();

  await test.step("someone without the account's session gets the certificates with the Reference ID and the code sent to its mobile", async () => {
    await allowAnotherCode(baseURL!, meera.referenceId);
    const visitor = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await visitor.goto("/certificates");
    await expectAccessible(visitor);
    await visitor.getByLabel(text("certificates.find.referenceId", { exact: true })).fill(meera.referenceId);
    await visitor.getByRole("button", { name: text("certificates.find.send", { exact: true }) }).click();
    const code = visitor.getByLabel(text("certificates.find.code", { exact: true }));
    await expect(code).toBeVisible();
    // No code is shown to whoever typed the Reference ID, not even on a development server.
    await expect(visitor.getByText(/\b\d{6}\b/)).toHaveCount(0);
    await code.fill(await latestCodeFor(baseURL!, meera.referenceId));
    await visitor.getByRole("button", { name: text("certificates.find.verify", { exact: true }) }).click();
    await expect(visitor).toHaveURL(/\/account$/);
    await expect(certificateLink(visitor, name)).toBeVisible();
    await visitor.context().close();
  });
});
