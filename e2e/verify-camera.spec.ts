import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { writeQrVideo } from "./support/fake-camera";
import { holderName, signedSample } from "./support/verify-samples";
import { VerifyPage } from "./pages/verify";

// Chromium's fake camera plays a Y4M video of a certificate's QR code, and the fake permission prompt
// allows it. Launch options change the browser, so this file has its own workers (Playwright's rule).
test.use({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const video = path.join(os.tmpdir(), `vaxport-e2e-verify-camera-${process.pid}.y4m`);
      writeQrVideo(video, signedSample());
      const fakeCamera = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`];
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeCamera] });
      rmSync(video, { force: true });
    },
    { scope: "worker" },
  ],
});

test("the camera is asked for only on Start, reads the QR code and is released", async ({ page }) => {
  const verify = new VerifyPage(page);
  await verify.goto();
  const cameraLive = () => page.evaluate(() => Boolean(document.querySelector("video")?.srcObject));
  await expect(verify.startCamera).toBeVisible();
  expect(await cameraLive()).toBe(false);

  await verify.startCamera.click();
  await expect(verify.status("valid")).toBeVisible({ timeout: 20_000 });
  await expect(verify.answer).toContainText(holderName);
  expect(await cameraLive()).toBe(false);
});
