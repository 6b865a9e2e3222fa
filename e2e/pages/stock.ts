import type { Locator, Page } from "@playwright/test";
import { catalogueLocales } from "../../lib/i18n/locales";
import { message, text } from "./labels";

const figures = ["received", "used", "wasted", "left"] as const;
export type Figure = (typeof figures)[number];

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A catalogue message naming one lot ("Lot X", "Batch X") in any catalogue language, exactly. */
function withLot(key: string, lot: string): RegExp {
  return new RegExp(`^(?:${catalogueLocales.map((locale) => escape(message(locale, key).replace("{lot}", lot))).join("|")})$`);
}

/** The facility admin's stock page (/staff/stock): the batch list and the received-batch form. */
export class StockPage {
  readonly vaccine: Locator;
  readonly lot: Locator;
  readonly expiresOn: Locator;
  readonly doses: Locator;
  readonly record: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.vaccine = page.getByLabel(text("stock.receive.vaccine", { exact: true }));
    this.lot = page.getByLabel(text("stock.receive.lot", { exact: true }));
    this.expiresOn = page.getByLabel(text("stock.receive.expiresOn", { exact: true }));
    this.doses = page.getByLabel(text("stock.receive.doses", { exact: true }));
    this.record = page.getByRole("button", { name: text("stock.receive.submit", { exact: true }) });
    this.heading = page.getByRole("heading", { level: 1, name: text("stock.page.title", { exact: true }) });
  }

  async goto() {
    await this.page.goto("/staff/stock");
  }

  async receive(batch: { vaccineIndex?: number; lot: string; expiresOn: string; doses: string }) {
    await this.vaccine.selectOption({ index: batch.vaccineIndex ?? 1 });
    await this.lot.fill(batch.lot);
    await this.expiresOn.fill(batch.expiresOn);
    await this.doses.fill(batch.doses);
    await this.record.click();
  }

  /** The line saying a batch was received or its wastage recorded. */
  done(outcome: "received" | "wasted", lot: string): Locator {
    return this.page.getByText(withLot(`stock.page.done.${outcome}`, lot));
  }

  lotLink(lot: string): Locator {
    return this.page.getByRole("link", { name: withLot("stock.table.lot", lot) });
  }

  /** One count of a batch, in whichever layout the viewport shows: table rows from `sm` up, cards below. */
  figure(lot: string, figure: Figure): Locator {
    const index = figures.indexOf(figure);
    const wide = (this.page.viewportSize()?.width ?? 1024) >= 640;
    if (wide) return this.page.getByRole("row").filter({ has: this.lotLink(lot) }).getByRole("cell").nth(1 + index);
    return this.page.getByRole("listitem").filter({ has: this.lotLink(lot) }).getByRole("definition").nth(index);
  }
}

/** One batch's page (/staff/stock/<id>): its counts and the wasted-doses form. */
export class StockBatchPage {
  readonly doses: Locator;
  readonly reason: Locator;
  readonly record: Locator;

  constructor(readonly page: Page) {
    this.doses = page.getByLabel(text("stock.wastage.doses", { exact: true }));
    this.reason = page.getByLabel(text("stock.wastage.reason", { exact: true }));
    this.record = page.getByRole("button", { name: text("stock.wastage.submit", { exact: true }) });
  }

  heading(lot: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: withLot("stock.wastage.title", lot) });
  }

  async recordWastage(doses: string, reason = "") {
    await this.doses.fill(doses);
    if (reason) await this.reason.fill(reason);
    await this.record.click();
  }
}
