import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./fixtures";

// Runs against a server with no DATABASE_URL and no AUTH_SECRET: the zero-setup path a newcomer takes.
test("the embedded database is migrated, seeded and serves sign-in", async ({ page, request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await signInAsStaff(page, "state.admin");
  await expect(page.getByText("State administrator")).toBeVisible();
});
