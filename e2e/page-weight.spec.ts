import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { signInAsCitizen, signInAsStaff } from "./fixtures";

// What a cheap phone downloads for each main page, gzipped as the reverse proxy would send it: the HTML
// document and every script the page loads. Prints a table; the budgets keep the gains from creeping back.

test.use({ viewport: { width: 360, height: 740 } });

type Weight = {
  page: string;
  htmlKb: number;
  rawHtmlKb: number;
  jsKb: number;
  rawJsKb: number;
  scripts: number;
  html: string;
  /** The ICU message parser (from next-intl) is among the scripts. */
  formatter: boolean;
};

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function weigh(page: Page, label: string, path: string): Promise<Weight> {
  const scripts = new Map<string, Promise<Buffer>>();
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script" && response.ok()) scripts.set(response.url(), response.body());
  };
  page.on("response", onResponse);
  const document = await page.goto(path, { waitUntil: "load" });
  page.off("response", onResponse);
  expect(document?.ok(), `${path} answered ${document?.status()}`).toBe(true);
  const html = await document!.body();
  const bodies = await Promise.all(scripts.values());
  const js = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
  const rawJs = bodies.reduce((sum, body) => sum + body.length, 0);
  return { page: label, htmlKb: kb(gzipSync(html).length), rawHtmlKb: kb(html.length), jsKb: kb(js), rawJsKb: kb(rawJs), scripts: bodies.length, html: html.toString("utf8"), formatter: bodies.some((body) => body.includes("MALFORMED_ARGUMENT")) };
}

/** A district with demo centres, and one of its centres, found through the public API. */
async function demoPlaces(page: Page) {
  const states = await (await page.request.get("/api/v2/admin/location/states")).json();
  const karnataka = states.states.find((s: { state_name: string }) => s.state_name === "Karnataka");
  const { districts } = await (await page.request.get(`/api/v2/admin/location/districts/${karnataka.state_id}`)).json();
  const bbmp = districts.find((d: { district_name: string }) => d.district_name === "BBMP");
  const dmy = new Intl.DateTimeFormat("en-GB").format(new Date()).replaceAll("/", "-");
  const { centers } = await (await page.request.get(`/api/v2/appointment/sessions/public/calendarByDistrict?district_id=${bbmp.district_id}&date=${dmy}`)).json();
  return { stateId: karnataka.state_id, districtId: bbmp.district_id, pin: String(centers[0].pincode), centreId: centers[0].center_id };
}

function print(rows: Weight[]) {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  console.log(
    [
      line(["page", "HTML KB gzip", "HTML KB raw", "JS KB gzip", "JS KB raw", "scripts"]),
      line(["---", "---:", "---:", "---:", "---:", "---:"]),
      ...rows.map((r) => line([r.page, r.htmlKb, r.rawHtmlKb, r.jsKb, r.rawJsKb, r.scripts])),
    ].join("\n"),
  );
}

test("main pages stay light on a cheap phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const rows: Weight[] = [];

  const visitor = await browser.newPage();
  const places = await demoPlaces(visitor);
  rows.push(await weigh(visitor, "/", "/"));
  rows.push(await weigh(visitor, "/sign-in", "/sign-in"));
  rows.push(await weigh(visitor, "/centres?pin", `/centres?pin=${places.pin}`));
  rows.push(await weigh(visitor, "/centres by district", `/centres?state=${places.stateId}&district=${places.districtId}`));
  rows.push(await weigh(visitor, "/centres/[id]", `/centres/${places.centreId}`));
  rows.push(await weigh(visitor, "/staff/sign-in", "/staff/sign-in"));

  const citizen = await browser.newPage();
  await signInAsCitizen(citizen);
  rows.push(await weigh(citizen, "/account", "/account"));
  rows.push(await weigh(citizen, "/account/beneficiaries/new", "/account/beneficiaries/new"));

  const staff = await browser.newPage();
  await signInAsStaff(staff, "district.admin");
  await expect(staff).toHaveURL(/\/staff$/);
  rows.push(await weigh(staff, "/staff", "/staff"));

  print(rows);

  // Budgets a little above what this build measured, so a regression shows. JS is mostly React and Next;
  // forms add react-hook-form and the message formatter, and load zod (~30 KB) when first focused, which
  // these load-time figures leave out. Pages without a form translate nothing in the browser.
  const forms = ["/sign-in", "/staff/sign-in", "/account/beneficiaries/new"];
  for (const row of rows) {
    expect(row.jsKb, `${row.page} JS`).toBeLessThanOrEqual(forms.includes(row.page) ? 175 : 145);
    expect(row.formatter, `${row.page} loads the message formatter`).toBe(forms.includes(row.page));
    expect(row.htmlKb, `${row.page} HTML`).toBeLessThanOrEqual(row.page === "/centres by district" ? 38 : 12);
  }
  expect(rows.find((row) => row.page === "/centres by district")!.rawHtmlKb).toBeLessThanOrEqual(750);

  // Client components get only the messages they use: never-rendered messages of other namespaces stay home.
  const strangers = ["Please correct the highlighted fields.", "Too many sign-in attempts", "Location permission was refused", "Precaution dose due"];
  const uses: Record<string, string[]> = {
    "/sign-in": ["Please correct the highlighted fields."],
    "/staff/sign-in": ["Please correct the highlighted fields.", "Too many sign-in attempts"],
    "/account/beneficiaries/new": ["Please correct the highlighted fields."],
    "/centres?pin": ["Location permission was refused"],
    "/centres by district": ["Location permission was refused"],
  };
  for (const row of rows) {
    for (const text of strangers) {
      if (uses[row.page]?.includes(text)) expect(row.html, `${row.page} needs "${text}"`).toContain(text);
      else expect(row.html, `${row.page} carries "${text}"`).not.toContain(text);
    }
  }
});
