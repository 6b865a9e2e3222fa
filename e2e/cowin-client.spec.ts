import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { serverPack } from "./fixtures";
import { apiDate } from "./pages/centre-search";

const run = promisify(execFile);

test("a slot finder written for CoWIN runs unchanged against Vaxport's base URL", async ({ request, baseURL }) => {
  const { states } = await (await request.get("/api/v2/admin/location/states")).json();
  const karnataka = states.find((state: { state_name: string }) => state.state_name === "Karnataka");
  const { districts } = await (await request.get(`/api/v2/admin/location/districts/${karnataka.state_id}`)).json();
  const bbmp = districts.find((district: { district_name: string }) => district.district_name === "BBMP");

  const { stdout } = await run(process.execPath, ["e2e/clients/cowin-slot-finder.mjs", String(bbmp.district_id), apiDate(serverPack()), "45"], {
    env: { ...process.env, COWIN_BASE_URL: `${baseURL}/api/v2` },
  });
  const lines = stdout.trim().split("\n");
  const found = Number(/^(\d+) sessions/.exec(lines.at(-1) ?? "")?.[1]);
  expect(found).toBeGreaterThan(0);
  expect(lines).toHaveLength(found + 1);
  expect(lines[0]).toMatch(/^\d{2}-\d{2}-\d{4} \| .+, BBMP 5\d{5} \| [A-Z]+ \| (Free|Paid) \| dose 1: \d+ \| \d{2}:\d{2}(AM|PM)-/);
});
