import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import postgres from "postgres";
import type { CountryPack } from "../../lib/country/types";
import { apiDate } from "./centre-search";
import { text } from "./labels";

/** The booking page (/account/book/<sessionId>): people, a slot, confirm. */
export class BookingPage {
  readonly confirm: Locator;
  readonly slots: Locator;

  constructor(readonly page: Page) {
    this.confirm = page.getByRole("button", { name: text("booking.page.confirm", { exact: true }) });
    this.slots = page.getByRole("group", { name: text("booking.page.slot", { exact: true }) }).getByRole("radio");
  }

  async goto(sessionId: string, forId?: string) {
    await this.page.goto(`/account/book/${sessionId}${forId ? `?for=${forId}` : ""}`);
  }

  person(name: string): Locator {
    return this.page.getByRole("checkbox", { name: new RegExp(name) });
  }

  /** The first slot that has a seat (its radio is enabled). */
  firstOpenSlot(): Locator {
    return this.slots.and(this.page.locator(":enabled")).first();
  }

  async book(names: string[]) {
    for (const name of names) await this.person(name).check();
    await this.firstOpenSlot().check();
    await this.confirm.click();
  }
}

/** A session's "Book" link on its centre's page (/centres/<id>). */
export function centreBookLink(page: Page, sessionId: string): Locator {
  return page.getByRole("link", { name: text("centres.centre.book") }).and(page.locator(`[href^="/account/book/${sessionId}"]`));
}

export interface OpenSession {
  sessionId: string;
  centreId: number;
  centreName: string;
  postalCode: string;
  date: string;
}

/**
 * A session in the pack's first demo district, from tomorrow on (so no slot of it has ended yet), for
 * adults, with dose-1 seats for `seats` people: found through the public API, as the search pages see it.
 */
export async function openSession(request: APIRequestContext, pack: CountryPack, seats = 2, skip = 0): Promise<OpenSession> {
  const districtId = pack.demo.cities[0]!.districtId;
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const response = await request.get(`/api/v2/appointment/sessions/public/calendarByDistrict?district_id=${districtId}&date=${apiDate(pack, tomorrow)}`);
  const { centers } = (await response.json()) as {
    centers: {
      center_id: number;
      name: string;
      pincode: number | string;
      sessions: { session_id: string; date: string; min_age_limit: number; available_capacity_dose1: number }[];
    }[];
  };
  const found = centers
    .flatMap((c) => c.sessions.map((s) => ({ ...s, centreId: c.center_id, centreName: c.name, postalCode: String(c.pincode) })))
    .filter((s) => s.min_age_limit <= 18 && s.available_capacity_dose1 >= seats);
  const session = found[skip % Math.max(1, found.length)];
  expect(session, "a demo session with open dose-1 seats").toBeDefined();
  const { session_id: sessionId, centreId, centreName, postalCode, date } = session!;
  return { sessionId, centreId, centreName, postalCode, date };
}

/** The e2e server's own database (e2e/server.ts names it after the port): for fixtures only. */
export async function withServerDatabase<T>(baseURL: string, body: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const port = new URL(baseURL).port;
  const admin = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  admin.pathname = `/vaxport_e2e_${port}`;
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    return await body(sql);
  } finally {
    await sql.end();
  }
}
