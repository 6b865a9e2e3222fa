import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

export interface Person {
  name: string;
  year: string;
  /** A gender key of the form (account.gender.*); female when absent. */
  gender?: "female" | "male" | "other";
  /** The pack's photo ID type code; the first type the form lists when absent. */
  idType?: string;
  idNumber: string;
}

/** The citizen's family page (/account) and the form that adds or edits a person. */
export class FamilyPage {
  readonly addLink: Locator;
  readonly name: Locator;
  readonly birthYear: Locator;
  readonly photoIdType: Locator;
  readonly photoIdNumber: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.addLink = page.getByRole("link", { name: text("account.home.add") });
    this.name = page.getByLabel(text("account.form.name"));
    this.birthYear = page.getByLabel(text("account.form.birthYear"));
    this.photoIdType = page.getByLabel(text("account.form.photoIdType", { exact: true }));
    this.photoIdNumber = page.getByLabel(text("account.form.photoIdNumber"));
    this.addButton = page.getByRole("button", { name: text("account.form.add", { exact: true }) });
  }

  /** A person's card on the family page. */
  card(name: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name, exact: true }) });
  }

  /** The card's "Book dose N" link, which opens the centre search for that person. */
  bookLink(name: string): Locator {
    return this.card(name).getByRole("link", { name: text("booking.manage.book") });
  }

  gender(key: NonNullable<Person["gender"]>): Locator {
    return this.page.getByRole("radio", { name: text(`account.gender.${key}`, { exact: true }) });
  }

  /** Fills the add form as a person would, leaving it unsent. */
  async fill(person: Person) {
    await this.name.fill(person.name);
    await this.gender(person.gender ?? "female").check();
    await this.birthYear.fill(person.year);
    await (person.idType ? this.photoIdType.selectOption(person.idType) : this.photoIdType.selectOption({ index: 1 }));
    await this.photoIdNumber.fill(person.idNumber);
  }

  /** From the family page: opens the form, fills it and sends it. */
  async addMember(person: Person) {
    await this.addLink.click();
    await this.fill(person);
    await this.addButton.click();
  }
}
