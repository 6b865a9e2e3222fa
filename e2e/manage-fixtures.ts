import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";
import type { BookedAppointment } from "../lib/appointments/types";
import { signInAsCitizen, uniquePhotoId } from "./fixtures";
import { FamilyPage } from "./pages/family";
import { text } from "./pages/labels";

const run = promisify(execFile);

/** The e2e server's database (e2e/server.ts names it after the port). */
function serverDatabaseUrl(baseURL: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/vaxport_e2e_${new URL(baseURL).port}`;
  return url.toString();
}

/** The person's id, read from their "Book" link on the family page (it carries the person into the search). */
export async function beneficiaryIdOf(page: Page, name: string): Promise<string> {
  const card = page.getByRole("listitem").filter({ hasText: name });
  const href = await card.getByRole("link", { name: /Book|बुक/ }).getAttribute("href");
  const id = new URL(href!, "http://x").searchParams.get("for");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

/** Books dose 1 for the person through the booking core on the server's database, as the booking page would. */
export async function bookThroughCore(baseURL: string, beneficiaryId: string, age: number): Promise<BookedAppointment> {
  const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "e2e/manage-booking.ts", serverDatabaseUrl(baseURL), beneficiaryId, String(age)], {
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  return JSON.parse(stdout) as BookedAppointment;
}

/** A signed-in citizen with one person, booked for dose 1; the page is left on the family page. */
export async function citizenWithAppointment(page: Page, baseURL: string, name: string): Promise<BookedAppointment> {
  await signInAsCitizen(page);
  const year = new Date().getFullYear() - 46;
  await new FamilyPage(page).addMember({ name, year: String(year), idNumber: uniquePhotoId("AADHAAR") });
  await expect(page.getByText(text("account.home.done.added"))).toBeVisible();
  const booked = await bookThroughCore(baseURL, await beneficiaryIdOf(page, name), 46);
  await page.reload();
  return booked;
}
