import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** The staff sign-in page. */
export class StaffSignInPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByLabel(text("auth.staff.username"));
    this.password = page.getByLabel(text("auth.staff.password"));
    this.submit = page.getByRole("button", { name: text("auth.staff.submit", { exact: true }) });
  }

  async goto() {
    await this.page.goto("/staff/sign-in");
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
