import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

type Status = "valid" | "invalid" | "revoked";

/** The public certificate check (/verify): camera, upload and paste, and the answer. */
export class VerifyPage {
  readonly heading: Locator;
  readonly startCamera: Locator;
  readonly stopCamera: Locator;
  readonly upload: Locator;
  readonly certificateText: Locator;
  readonly check: Locator;
  readonly checkAnother: Locator;
  /** The live region the answer appears in. */
  readonly answer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: text("certificates.verify.title", { exact: true }) });
    this.startCamera = page.getByRole("button", { name: text("certificates.verify.camera.start", { exact: true }) });
    this.stopCamera = page.getByRole("button", { name: text("certificates.verify.camera.stop", { exact: true }) });
    this.upload = page.getByLabel(text("certificates.verify.upload.label", { exact: true }));
    this.certificateText = page.getByLabel(text("certificates.verify.paste.label", { exact: true }));
    this.check = page.getByRole("button", { name: text("certificates.verify.check", { exact: true }) });
    this.checkAnother = page.getByRole("button", { name: text("certificates.verify.checkAnother", { exact: true }) });
    this.answer = page.getByRole("status").filter({ has: page.locator("[data-status]") });
  }

  async goto() {
    await this.page.goto("/verify");
  }

  async paste(certificate: string) {
    await this.certificateText.fill(certificate);
    await this.check.click();
  }

  async uploadFile(name: string, mimeType: string, buffer: Buffer) {
    await this.upload.setInputFiles({ name, mimeType, buffer });
  }

  /** The answer's large word (VALID, INVALID, REVOKED in the page's language). */
  status(status: Status): Locator {
    return this.answer.getByText(text(`certificates.verify.status.${status}`, { exact: true }));
  }

  reason(reason: string): Locator {
    return this.answer.getByText(text(`certificates.verify.reason.${reason}`, { exact: true }));
  }

  /** A message of the page (a problem reading a file or using the camera, a field error) by its key. */
  message(key: string): Locator {
    return this.page.getByText(text(key, { exact: true })).first();
  }
}
