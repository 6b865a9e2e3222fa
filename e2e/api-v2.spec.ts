import { expect, test, type APIRequestContext } from "@playwright/test";
import { serverPack } from "./fixtures";
import { apiDate } from "./pages/centre-search";

// Contract tests for the CoWIN-compatible API against the demo-seeded server. Ids and pins are discovered
// through the API itself; only the demo's city name (BBMP, Bengaluru) is assumed.
const api = "/api/v2";
const sessionsApi = `${api}/appointment/sessions/public`;

/** Seven days from today in the server's country, as the API takes dates. */
const week: string[] = [];
test.beforeAll(() => {
  const today = Date.now();
  week.push(...Array.from({ length: 7 }, (_, i) => apiDate(serverPack(), new Date(today + i * 86_400_000))));
});

async function json(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return response.json();
}

async function bbmp(request: APIRequestContext): Promise<number> {
  const { states } = await json(request, `${api}/admin/location/states`);
  const karnataka = states.find((s: { state_name: string }) => s.state_name === "Karnataka");
  const { districts } = await json(request, `${api}/admin/location/districts/${karnataka.state_id}`);
  return districts.find((d: { district_name: string }) => d.district_name === "BBMP").district_id;
}

const centreFields = {
  center_id: "number", name: "string", address: "string", state_name: "string", district_name: "string", block_name: "string",
  pincode: "number", lat: "number", long: "number", from: "string", to: "string", fee_type: "string",
} as const;
const sessionFields = {
  session_id: "string", date: "string", available_capacity: "number", available_capacity_dose1: "number",
  available_capacity_dose2: "number", available_capacity_precaution: "number", min_age_limit: "number",
  allow_all_age: "boolean", vaccine: "string",
} as const;

/** Every contract violation in a body, as readable strings: one assertion per body keeps traces small. */
type Problems = string[];

function checkTypes(value: Record<string, unknown>, fields: Record<string, string>, problems: Problems, where = "") {
  for (const [field, type] of Object.entries(fields)) {
    if (typeof value[field] !== type) problems.push(`${where}${field}: ${typeof value[field]}, want ${type}`);
  }
}

function expectTypes(value: Record<string, unknown>, fields: Record<string, string>) {
  const problems: Problems = [];
  checkTypes(value, fields, problems);
  expect(problems).toEqual([]);
}

function checkSession(session: Record<string, unknown>, problems: Problems, days?: string[]) {
  const where = `session ${String(session.session_id)}: `;
  checkTypes(session, sessionFields, problems, where);
  if (!/^[0-9a-f-]{36}$/.test(String(session.session_id))) problems.push(`${where}session_id not a uuid`);
  if (!/^\d{2}-\d{2}-\d{4}$/.test(String(session.date))) problems.push(`${where}date ${String(session.date)}`);
  if (days && !days.includes(String(session.date))) problems.push(`${where}date ${String(session.date)} outside the week`);
  if (session.available_capacity !== Number(session.available_capacity_dose1) + Number(session.available_capacity_dose2)) {
    problems.push(`${where}available_capacity is not dose1 + dose2`);
  }
  for (const slot of session.slots as { time: string; seats: number }[]) {
    if (!/^\d{2}:\d{2}(AM|PM)-\d{2}:\d{2}(AM|PM)$/.test(slot.time) || typeof slot.seats !== "number") problems.push(`${where}slot ${JSON.stringify(slot)}`);
  }
}

function expectCalendar(body: { centers: Record<string, unknown>[] }, days: string[]) {
  expect(Array.isArray(body.centers)).toBe(true);
  const problems: Problems = [];
  for (const center of body.centers) {
    const where = `center ${String(center.center_id)}: `;
    checkTypes(center, centreFields, problems, where);
    if (!/^\d{2}:\d{2}:\d{2}$/.test(String(center.from))) problems.push(`${where}from ${String(center.from)}`);
    if (!["Free", "Paid"].includes(String(center.fee_type))) problems.push(`${where}fee_type ${String(center.fee_type)}`);
    if (center.fee_type === "Paid") {
      for (const f of center.vaccine_fees as { fee: unknown }[]) if (typeof f.fee !== "string") problems.push(`${where}fee not a string`);
    }
    for (const session of center.sessions as Record<string, unknown>[]) checkSession(session, problems, days);
  }
  expect(problems).toEqual([]);
}

test("states and districts have CoWIN's shape", async ({ request }) => {
  const states = await json(request, `${api}/admin/location/states`);
  expect(states.ttl).toEqual(expect.any(Number));
  expect(states.states.length).toBeGreaterThan(30);
  expectTypes(states.states[0], { state_id: "number", state_name: "string" });
  const districts = await json(request, `${api}/admin/location/districts/${states.states[0].state_id}`);
  expectTypes(districts.districts[0], { district_id: "number", district_name: "string" });
  expect(await json(request, `${api}/admin/location/districts/999999`)).toEqual({ districts: [], ttl: expect.any(Number) });
  expect((await json(request, `${api}/admin/location/districts/abc`, 400)).errorCode).toBe("INVALID_STATE_ID");
});

test("calendars cover seven days from the date, by district, PIN and centre", async ({ request }) => {
  const districtId = await bbmp(request);
  const byDistrict = await json(request, `${sessionsApi}/calendarByDistrict?district_id=${districtId}&date=${week[0]}`);
  expectCalendar(byDistrict, week);
  expect(byDistrict.centers.length).toBeGreaterThan(5);
  const dates = new Set(byDistrict.centers.flatMap((c: { sessions: { date: string }[] }) => c.sessions.map((s) => s.date)));
  expect(dates.size).toBe(7);

  const later = await json(request, `${sessionsApi}/calendarByDistrict?district_id=${districtId}&date=${week[3]}`);
  expectCalendar(later, week.slice(3));

  const centre = byDistrict.centers[0];
  const byPin = await json(request, `${sessionsApi}/calendarByPin?pincode=${centre.pincode}&date=${week[0]}`);
  expectCalendar(byPin, week);
  expect(byPin.centers.every((c: { pincode: number }) => c.pincode === centre.pincode)).toBe(true);

  const byCentre = await json(request, `${sessionsApi}/calendarByCenter?center_id=${centre.center_id}&date=${week[0]}`);
  expectCalendar(byCentre, week);
  expect(byCentre.centers.map((c: { center_id: number }) => c.center_id)).toEqual([centre.center_id]);
});

test("findByDistrict and findByPin give one day's sessions, flat", async ({ request }) => {
  const districtId = await bbmp(request);
  const day = await json(request, `${sessionsApi}/findByDistrict?district_id=${districtId}&date=${week[1]}`);
  expect(day.sessions.length).toBeGreaterThan(0);
  const problems: Problems = [];
  for (const s of day.sessions) {
    checkTypes(s, { ...centreFields, ...sessionFields, fee: "string" }, problems);
    checkSession(s, problems, [week[1]!]);
  }
  expect(problems).toEqual([]);
  const pin = day.sessions[0].pincode;
  const byPin = await json(request, `${sessionsApi}/findByPin?pincode=${pin}&date=${week[1]}`);
  expect(byPin.sessions.length).toBeGreaterThan(0);
  expect(byPin.sessions.every((s: { pincode: number; date: string }) => s.pincode === pin && s.date === week[1])).toBe(true);
});

test("findByLatLong lists centres nearest first with their distance", async ({ request }) => {
  const body = await json(request, `${api}/appointment/centers/public/findByLatLong?lat=12.9716&long=77.5946`);
  expect(body.centers.length).toBeGreaterThan(0);
  const distances = body.centers.map((c: { distance_km: number }) => c.distance_km);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  expect(distances.at(-1)).toBeLessThanOrEqual(50);
  expectTypes(body.centers[0], { ...centreFields, distance_km: "number" });
  expect((await json(request, `${api}/appointment/centers/public/findByLatLong?lat=91&long=77`, 400)).errorCode).toBe("INVALID_LATITUDE");
});

test("bad input is a 400 with {errorCode, error}; unknown ids are empty lists", async ({ request }) => {
  const bad: [string, string][] = [
    [`${sessionsApi}/calendarByDistrict?district_id=294&date=2026-12-01`, "INVALID_DATE"],
    [`${sessionsApi}/calendarByDistrict?district_id=294&date=31-02-2026`, "INVALID_DATE"],
    [`${sessionsApi}/calendarByDistrict?district_id=x&date=${week[0]}`, "INVALID_DISTRICT_ID"],
    [`${sessionsApi}/findByDistrict?date=${week[0]}`, "INVALID_DISTRICT_ID"],
    [`${sessionsApi}/calendarByPin?pincode=12&date=${week[0]}`, "APPOIN0018"],
    [`${sessionsApi}/findByPin?pincode=560001`, "INVALID_DATE"],
    [`${sessionsApi}/calendarByCenter?center_id=-1&date=${week[0]}`, "INVALID_CENTER_ID"],
  ];
  for (const [path, errorCode] of bad) {
    const body = await json(request, path, 400);
    expect(body, path).toEqual({ errorCode, error: expect.any(String) });
  }
  expect(await json(request, `${sessionsApi}/calendarByDistrict?district_id=999999&date=${week[0]}`)).toEqual({ centers: [] });
  expect(await json(request, `${sessionsApi}/calendarByCenter?center_id=999999&date=${week[0]}`)).toEqual({ centers: [] });
  expect(await json(request, `${sessionsApi}/findByPin?pincode=999999&date=${week[0]}`)).toEqual({ sessions: [] });
  expect(await json(request, `${sessionsApi}/findByDistrict?district_id=999999&date=${week[0]}`)).toEqual({ sessions: [] });
});

test("browsers may call it from any origin", async ({ request }) => {
  const preflight = await request.fetch(`${api}/admin/location/states`, { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});
