import type { APIRequestContext, Locator, Page } from "@playwright/test";
import type { CountryPack, LocalisedText } from "../../lib/country/types";
import { text } from "./labels";

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pack's own label (e.g. "PIN code" / "पिन कोड", or Kenya's "Postal code") in any of its languages. */
function packLabel(label: LocalisedText, { exact = false } = {}): RegExp {
  const body = `(?:${[...new Set(Object.values(label))].map(escape).join("|")})`;
  return new RegExp(exact ? `^${body}$` : body, "i");
}

/** The centre search page (/centres): by postal code, by state and district, and its results. */
export class CentreSearchPage {
  readonly pinForm: Locator;
  readonly pin: Locator;
  readonly districtForm: Locator;
  readonly state: Locator;
  readonly district: Locator;
  readonly results: Locator;

  constructor(
    readonly page: Page,
    readonly pack: CountryPack,
  ) {
    const labels = pack.geographyLabels;
    this.pinForm = page.getByRole("search", { name: packLabel(labels.postalCode) });
    this.pin = page.getByRole("textbox", { name: packLabel(labels.postalCode, { exact: true }) });
    this.districtForm = page.getByRole("search", { name: text("centres.district.heading") });
    this.state = this.districtForm.getByLabel(packLabel(labels.level1, { exact: true }));
    this.district = this.districtForm.getByLabel(packLabel(labels.level2, { exact: true }));
    this.results = page.locator("#results-heading + ul > li");
  }

  async goto() {
    await this.page.goto("/centres");
  }

  /** Once a search is made the forms fold into one line ("PIN code 560002 · Change"); this opens it. */
  async changeSearch() {
    await this.page.locator("details.fold").first().locator("summary").click();
  }

  /** Opens the folded filters. */
  async openFilters() {
    await this.page.locator("details.fold").filter({ has: this.page.getByLabel(text("centres.filters.fee", { exact: true })) }).locator("summary").click();
  }

  async searchByPostalCode(code: string) {
    await this.pin.fill(code);
    await this.pinForm.getByRole("button", { name: text("centres.pin.submit", { exact: true }) }).click();
  }

  /**
   * Chooses the state, then the district, and searches. With JavaScript the districts load as soon as the
   * state is chosen; without, "Show the list" reloads the page with them.
   */
  async searchByDistrict(stateName: string, districtName: string, { javaScript = true } = {}) {
    await this.state.selectOption({ label: stateName });
    if (!javaScript) {
      await this.districtForm.getByRole("button", { name: text("centres.district.showDistricts", { exact: true }) }).click();
      await this.page.waitForURL(/state=\d+/);
    }
    await this.district.selectOption({ label: districtName });
    await this.districtForm.getByRole("button", { name: text("centres.district.submit", { exact: true }) }).click();
    await this.page.waitForURL(/district=\d+/);
  }
}

/** "DD-MM-YYYY" of a day in the pack's time zone, as the public API takes dates. */
export function apiDate(pack: CountryPack, at = new Date()): string {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: pack.timeZone }).format(at).split("-");
  return `${day}-${month}-${year}`;
}

/**
 * A centre with sessions this week in the pack's first demo city, found through the public API rather than
 * assumed: its state and district as the search form names them, and its postal code.
 */
export async function demoPlace(request: APIRequestContext, pack: CountryPack, { awayFromDesk = false } = {}): Promise<{ state: string; district: string; postalCode: string }> {
  const districtId = pack.demo.cities[0]!.districtId;
  const response = await request.get(`/api/v2/appointment/sessions/public/calendarByDistrict?district_id=${districtId}&date=${apiDate(pack)}`);
  const { centers } = (await response.json()) as { centers: { state_name: string; district_name: string; pincode: number | string }[] };
  // `awayFromDesk`: a PIN code without the first centre (the demo vaccinator's), where the desk and certificate
  // specs add sessions of their own while other specs run, so a search there shows only the demo's sessions.
  const centre = awayFromDesk ? centers.find((c) => String(c.pincode) !== String(centers[0]!.pincode))! : centers[0]!;
  return { state: centre.state_name, district: centre.district_name, postalCode: String(centre.pincode) };
}
