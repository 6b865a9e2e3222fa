import { expect, test, type Page } from "@playwright/test";
import { devanagari, expectAccessible, switchLanguage } from "./fixtures";
import { VerifyPage } from "./pages/verify";
import { qrPdf, qrPng } from "./support/qr-files";
import { generateUvci } from "../lib/certificates/uvci";
import { altered, holderName, revokedSample, signedSample } from "./support/verify-samples";

/** The scripts the page has loaded so far, by URL, to prove the heavy readers load only when needed. */
function recordScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && response.ok()) scripts.set(response.url(), response.text());
  });
  return scripts;
}
/** Strings only the lazily loaded libraries carry: jsQR, PDF.js and its worker. */
const JSQR = "Invalid module size";
const PDFJS = "GlobalWorkerOptions";
const PDFJS_WORKER = "pdfjsWorker";
const anyScriptContains = async (scripts: Map<string, Promise<string>>, needle: string) => (await Promise.all(scripts.values())).some((body) => body.includes(needle));

test("pasted certificate text is checked: valid with the holder, then another, invalid with the reason", async ({ page }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  await expect(verify.heading).toBeVisible();
  await expectAccessible(page);

  const certificateId = generateUvci("IN");
  const valid = signedSample(certificateId);
  await verify.paste(valid);
  await expect(verify.status("valid")).toBeVisible();
  await expect(verify.answer).toContainText(holderName);
  await expect(verify.answer).toContainText("1985");
  await expect(verify.answer).toContainText(certificateId);
  // The answer took the form's place; focus waits on the way to the next check.
  await expect(verify.checkAnother).toBeFocused();
  await expectAccessible(page);

  await verify.checkAnother.click();
  await expect(verify.certificateText).toHaveValue("");
  await expect(verify.answer).toHaveCount(0);
  // One character changed.
  await verify.paste(altered(valid));
  await expect(verify.status("invalid")).toBeVisible();
  await expect(verify.reason("signature").or(verify.reason("format"))).toBeVisible();
  await expect(verify.answer).not.toContainText(holderName);
});

test("a revoked certificate is answered REVOKED, still naming whom it was for", async ({ page, baseURL }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  await verify.paste(await revokedSample(baseURL!));
  await expect(verify.status("revoked")).toBeVisible();
  await expect(verify.answer).toContainText(holderName);
});

test("in Hindi, the answer and its details are in Hindi", async ({ page, baseURL }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  await switchLanguage(page, "हिन्दी");
  await expect(verify.heading).toHaveText(devanagari);
  await verify.paste(await revokedSample(baseURL!));
  await expect(verify.status("revoked")).toHaveText("रद्द");
  await expect(verify.answer).toContainText("जन्म का वर्ष");
  await expectAccessible(page);
});

test("text that is not a certificate is refused at the field, with nothing checked", async ({ page }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  await verify.paste("https://example.org/not-a-certificate");
  await expect(verify.message("validation.certificates.hc1Prefix")).toBeVisible();
  await expect(verify.certificateText).toHaveAttribute("aria-invalid", "true");
  await expect(verify.answer).toHaveCount(0);
});

test("a photo of the QR code is read and checked at once", async ({ page }) => {
  const verify = new VerifyPage(page);
  const scripts = recordScripts(page);
  await verify.goto();
  await expect(verify.heading).toBeVisible();
  expect(await anyScriptContains(scripts, JSQR), "jsQR loads before it is needed").toBe(false);
  expect(await anyScriptContains(scripts, PDFJS), "PDF.js loads before a PDF is chosen").toBe(false);

  await verify.uploadFile("certificate-qr.png", "image/png", await qrPng(signedSample()));
  await expect(verify.status("valid")).toBeVisible();
  await expect(verify.answer).toContainText(holderName);
  const nativeQr = await page.evaluate(async () => {
    const detector = (window as { BarcodeDetector?: { getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
    return Boolean(detector && (await detector.getSupportedFormats()).includes("qr_code"));
  });
  expect(await anyScriptContains(scripts, JSQR), "jsQR reads where the browser cannot").toBe(!nativeQr);
});

test("a PDF certificate's first page is rendered and its QR code checked", async ({ page }) => {
  const verify = new VerifyPage(page);
  const scripts = recordScripts(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await verify.goto();
  await expect(verify.heading).toBeVisible();
  expect(await anyScriptContains(scripts, PDFJS_WORKER), "the PDF.js worker loads before a PDF is chosen").toBe(false);

  await verify.uploadFile("no-qr.pdf", "application/pdf", await qrPdf(signedSample(), { qr: false }));
  // Every size is tried before giving up: the slowest path, on a busy machine too.
  await expect(verify.message("certificates.verify.upload.problem.notFound")).toBeVisible({ timeout: 30_000 });

  await verify.uploadFile("certificate.pdf", "application/pdf", await qrPdf(signedSample()));
  await expect(verify.status("valid")).toBeVisible();
  await expect(verify.answer).toContainText(holderName);
  // PDF.js and its worker came from this build's own chunks, loaded on demand: no file in public/ to keep in step.
  expect(await anyScriptContains(scripts, PDFJS)).toBe(true);
  expect(await anyScriptContains(scripts, PDFJS_WORKER)).toBe(true);
  expect(errors).toEqual([]);
});

test("a file that is not an image or PDF is reported, not checked", async ({ page }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  await verify.uploadFile("notes.png", "image/png", Buffer.from("not really a picture"));
  await expect(verify.message("certificates.verify.upload.problem.unreadable")).toBeVisible();
  await expect(verify.answer).toHaveCount(0);
});

test.describe("without a camera", () => {
  test("a refused camera says what to do instead", async ({ page }) => {
    const verify = new VerifyPage(page);
    await verify.goto();
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
    await verify.startCamera.click();
    await expect(verify.message("certificates.verify.camera.problem.denied")).toBeVisible();
    await expect(verify.startCamera).toBeVisible();
  });
});
