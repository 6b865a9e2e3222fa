import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** The citizen sign-in page: the mobile step, then the code step. */
export class CitizenSignInPage {
  readonly mobile: Locator;
  readonly sendCode: Locator;
  readonly code: Locator;
  readonly verify: Locator;

  constructor(readonly page: Page) {
    this.mobile = page.getByLabel(text("auth.citizen.mobile"));
    this.sendCode = page.getByRole("button", { name: text("auth.citizen.sendCode") });
    this.code = page.getByLabel(text("auth.citizen.code"));
    this.verify = page.getByRole("button", { name: text("auth.citizen.verify") });
  }

  async goto() {
    await this.page.goto("/sign-in");
  }

  async requestCode(nationalNumber: string) {
    await this.mobile.fill(nationalNumber);
    await this.sendCode.click();
  }

  async enterCode(code: string) {
    await this.code.fill(code);
    await this.verify.click();
  }
}
