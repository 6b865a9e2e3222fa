import { randomInt } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import type { CountryPack } from "../../lib/country/types";
import { addDays, isoDateIn } from "../../lib/time/dates";
import { withServerDatabase } from "./booking";
import { text } from "./labels";

/** The vaccinator's pages: today's sessions, a session's queue, a person's verify page, the walk-in form. */
export class VaccinatorPages {
  readonly search: Locator;
  readonly searchButton: Locator;
  readonly queue: Locator;
  readonly notice: Locator;
  readonly code: Locator;
  readonly confirm: Locator;
  readonly walkInLink: Locator;
  readonly remainingNoShowsLink: Locator;
  readonly noShowLink: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole("searchbox", { name: text("vaccinate.search.label", { exact: true }) });
    this.searchButton = page.getByRole("button", { name: text("vaccinate.search.submit", { exact: true }) });
    this.queue = page.getByRole("list", { name: text("vaccinate.queue.listLabel", { exact: true }) });
    this.notice = page.locator("#queue-notice");
    this.code = page.getByLabel(text("vaccinate.verify.code", { exact: true }));
    this.confirm = page.getByRole("button", { name: text("vaccinate.verify.confirm", { exact: true }) });
    this.walkInLink = page.getByRole("link", { name: text("vaccinate.queue.walkIn", { exact: true }) });
    this.remainingNoShowsLink = page.getByRole("link", { name: text("vaccinate.queue.noShows", { exact: true }) });
    this.noShowLink = page.getByRole("link", { name: text("vaccinate.verify.noShow", { exact: true }) });
  }

  /** A session's card on today's page: its link covers the card. */
  sessionLink(sessionId: string): Locator {
    return this.page.locator(`a[href="/staff/vaccinate/${sessionId}"]`);
  }

  /** One of the session's counts ("booked", "vaccinated", "pending", "noShow"). */
  count(key: "booked" | "vaccinated" | "pending" | "noShow"): Locator {
    return this.page.locator(`[data-testid=queue-counts] [data-count=${key}]`);
  }

  async expectCounts(counts: { booked: number; vaccinated: number; pending: number; noShow: number }) {
    for (const [key, value] of Object.entries(counts)) await expect(this.count(key as keyof typeof counts)).toHaveText(String(value));
  }

  /** A person's row in the queue, by name. */
  row(name: string): Locator {
    return this.queue.getByRole("listitem").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** The link that opens a person from the queue (their row's dose record link is another). */
  personLink(name: string): Locator {
    return this.queue.getByRole("link", { name, exact: true });
  }

  /** The batch choice of one lot on the verify page. */
  batch(lot: string): Locator {
    return this.page.getByRole("radio", { name: new RegExp(lot) });
  }

  async find(query: string) {
    await this.search.fill(query);
    await this.search.press("Enter");
  }

  /** Confirms the dose from the batch `lot`, with a code unless the person is a walk-in. */
  async vaccinate(lot: string, code?: string) {
    if (code !== undefined) await this.code.fill(code);
    await this.batch(lot).check();
    await this.confirm.click();
  }
}

export interface DeskSession {
  sessionId: string;
  facilityId: number;
  vaccineCode: string;
  vaccineName: string;
  /** A batch of the session's vaccine made for this test, so its lot is this test's alone. */
  lot: string;
  secondLot: string;
}

/**
 * A session today at `username`'s facility that belongs to this test alone (so its counts are the test's):
 * its own minimum age (19–44, ages the demo never opens), one slot covering the whole day, 40 dose-1 seats,
 * and two fresh batches of its vaccine. Made in the server's database, as booking.spec.ts arranges seats.
 */
export async function deskSession(baseURL: string, pack: CountryPack, username = "vaccinator"): Promise<DeskSession> {
  const today = isoDateIn(pack.timeZone);
  return withServerDatabase(baseURL, async (sql) => {
    const [staff] = await sql<{ facilityId: number; districtId: number }[]>`
      select f.id as "facilityId", f.district_id as "districtId" from staff_users u join facilities f on f.id = u.facility_id where u.username = ${username}`;
    const [vaccine] = await sql<{ code: string; name: string }[]>`
      select v.code, v.name from vaccines v where v.min_age_years <= 18 and v.active
      and exists (select 1 from stock_batches b where b.facility_id = ${staff!.facilityId} and b.vaccine_code = v.code) order by v.code limit 1`;
    let sessionId: string | undefined;
    for (let attempt = 0; !sessionId && attempt < 50; attempt++) {
      const [row] = await sql<{ id: string }[]>`
        insert into sessions (facility_id, district_id, date, vaccine_code, min_age, capacity_dose1, capacity_dose2, capacity_precaution)
        values (${staff!.facilityId}, ${staff!.districtId}, ${today}, ${vaccine!.code}, ${randomInt(19, 45)}, 40, 0, 0)
        on conflict do nothing returning id`;
      sessionId = row?.id;
    }
    expect(sessionId, "a free minimum age for this test's session").toBeDefined();
    await sql`insert into slots (session_id, starts_at, ends_at, capacity) values (${sessionId!}, '00:00:00', '23:59:59', 40)`;
    const lot = `E2E${randomInt(100000, 999999)}A`;
    const secondLot = lot.replace(/A$/, "B");
    const expires = addDays(today, 200);
    await sql`insert into stock_batches (facility_id, vaccine_code, lot, expires_on, doses_received)
      values (${staff!.facilityId}, ${vaccine!.code}, ${lot}, ${expires}, 20), (${staff!.facilityId}, ${vaccine!.code}, ${secondLot}, ${addDays(today, 300)}, 20)`;
    return { sessionId: sessionId!, facilityId: staff!.facilityId, vaccineCode: vaccine!.code, vaccineName: vaccine!.name, lot, secondLot };
  });
}

/** Every slot of the session has ended (a minute past midnight): its no-shows can be recorded. */
export async function endSlots(baseURL: string, sessionId: string): Promise<void> {
  await withServerDatabase(baseURL, (sql) => sql`update slots set starts_at = '00:00:00', ends_at = '00:00:01' where session_id = ${sessionId}`);
}

/** A batch's used count and the doses recorded from it: they agree, and say how many marks landed. */
export async function batchUse(baseURL: string, lot: string): Promise<{ used: number; doses: number }> {
  return withServerDatabase(baseURL, async (sql) => {
    const [row] = await sql<{ used: number; doses: number }[]>`
      select b.doses_used as used, (select count(*)::int from doses d where d.stock_batch_id = b.id) as doses from stock_batches b where b.lot = ${lot}`;
    return row!;
  });
}
