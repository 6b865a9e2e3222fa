import { expect, test, type Page } from "@playwright/test";
import { signInAsCitizen, signInAsStaff } from "./fixtures";

const sharedHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

test("pages carry a nonce-based CSP that forbids framing, and the other security headers", async ({ request }) => {
  const first = await request.get("/");
  const headers = first.headers();
  expect(headers).toMatchObject(sharedHeaders);
  expect(headers["permissions-policy"]).toContain("geolocation=(self)");
  expect(headers["permissions-policy"]).toContain("camera=(self)");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  const policy = headers["content-security-policy"]!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  // Next puts the same nonce on its scripts; each request gets a fresh one.
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  const second = (await request.get("/")).headers()["content-security-policy"];
  expect(second).not.toContain(nonce);
  // Plain HTTP: no HSTS and no upgrading of subresources.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(policy).not.toContain("upgrade-insecure-requests");
});

test("redirects to sign-in carry the policy too", async ({ request }) => {
  const response = await request.get("/staff", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("API answers carry nosniff and a no-content policy, and keep CORS open", async ({ request }) => {
  const response = await request.get("/api/v2/admin/location/states");
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    ...sharedHeaders,
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "access-control-allow-origin": "*",
  });
});

/** Every CSP violation a page reports, from the console and from the DOM event, plus whether Next's scripts ran. */
function watchPolicy(page: Page): () => Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return async () => {
    await expect.poll(() => page.evaluate(() => "next" in window), { message: "Next's scripts did not run" }).toBe(true);
    const fromEvents = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    return [...seen, ...fromEvents];
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const store = window as unknown as { __violations?: string[] };
      (store.__violations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
});

test("the main public pages run under the policy without a single violation", async ({ page }) => {
  const violations = watchPolicy(page);
  const { states } = await (await page.request.get("/api/v2/admin/location/states")).json();
  const karnataka = states.find((s: { state_name: string }) => s.state_name === "Karnataka");
  const { districts } = await (await page.request.get(`/api/v2/admin/location/districts/${karnataka.state_id}`)).json();
  const bbmp = districts.find((d: { district_name: string }) => d.district_name === "BBMP");
  for (const path of ["/", "/centres", `/centres?district=${bbmp.district_id}`, "/sign-in", "/staff/sign-in", "/no-such-page"]) {
    await page.goto(path);
    expect(await violations(), path).toEqual([]);
  }
  await page.goto(`/centres?district=${bbmp.district_id}`);
  await page.locator("#results-heading + ul > li").first().getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/centres\/\d+/);
  expect(await violations(), "centre page").toEqual([]);
});

test("a citizen's pages run under the policy without a single violation", async ({ page }) => {
  const violations = watchPolicy(page);
  await signInAsCitizen(page);
  expect(await violations(), "/account").toEqual([]);
  await page.goto("/account/beneficiaries/new");
  expect(await violations(), "/account/beneficiaries/new").toEqual([]);
});

test("the staff workspace runs under the policy without a single violation", async ({ page }) => {
  const violations = watchPolicy(page);
  await signInAsStaff(page, "facility.admin");
  await expect(page).toHaveURL(/\/staff$/);
  expect(await violations(), "/staff").toEqual([]);
});
