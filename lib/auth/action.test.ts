import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CitizenPrincipal, StaffPrincipal } from "./principal";

// The wrapper's collaborators outside this module: who is signed in, the catalogue, and the db handle
// (a sentinel: no query runs in these tests).
const session = vi.hoisted(() => ({ staff: null as StaffPrincipal | null, citizen: null as CitizenPrincipal | null }));
vi.mock("./session", () => ({ currentStaff: async () => session.staff, currentCitizen: async () => session.citizen }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () =>
    Object.assign((key: string) => `t:${key}`, { has: (key: string) => ["invalid", "form.invalid", "form.forbidden", "form.signInRequired"].includes(key) }),
}));
// A fetch action (posted with JavaScript) unless `script` is false.
const request = vi.hoisted(() => ({ referer: null as string | null, script: true }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ ...(request.referer && { referer: request.referer }), ...(request.script && { "next-action": "abc" }) }),
}));
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
const db = vi.hoisted(() => ({ sentinel: "db" }));
vi.mock("@/db", () => ({ getDb: async () => db }));

const { citizenAction, staffAction } = await import("./action");

const vaccinator: StaffPrincipal = { kind: "staff", id: "s1", username: "v", name: "V", role: "vaccinator", facilityId: 10, districtId: 100, stateId: 1 };
const schema = z.object({ facilityId: z.coerce.number().int().positive("invalid") });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("staffAction", () => {
  const body = vi.fn(async () => ({ ok: true }));
  const authorize = vi.fn(async (input: { facilityId: number }, staff: StaffPrincipal) => input.facilityId === staff.facilityId);
  const action = staffAction({ schema, roles: ["vaccinator", "facility_admin"], authorize }, body);

  beforeEach(() => {
    body.mockClear();
    authorize.mockClear();
    session.staff = vaccinator;
  });

  it("refuses a signed-out visitor before parsing anything, with a way back to the form's page", async () => {
    session.staff = null;
    request.referer = "https://vaxport.example/staff/sessions/new?facility=10";
    expect(await action({ ok: false }, form({ facilityId: "10" }))).toEqual({
      ok: false,
      message: "t:form.signInRequired",
      signInHref: "/staff/sign-in?callbackUrl=%2Fstaff%2Fsessions%2Fnew%3Ffacility%3D10",
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses a role the action is not for", async () => {
    session.staff = { ...vaccinator, role: "district_admin" };
    expect(await action({ ok: false }, form({ facilityId: "10" }))).toEqual({ ok: false, message: "t:form.forbidden" });
    expect(body).not.toHaveBeenCalled();
  });

  it("answers invalid input with field errors and the values typed", async () => {
    const state = await action({ ok: false }, form({ facilityId: "ten" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { facilityId: ["t:invalid"] }, values: { facilityId: "ten" } });
    expect(authorize).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses a record outside the caller's scope", async () => {
    expect(await action({ ok: false }, form({ facilityId: "11" }))).toEqual({ ok: false, message: "t:form.forbidden" });
    expect(body).not.toHaveBeenCalled();
  });

  it("runs the body with the parsed input, the caller and the database", async () => {
    expect(await action({ ok: false }, form({ facilityId: "10" }))).toEqual({ ok: true });
    expect(body).toHaveBeenCalledWith({ facilityId: 10 }, { staff: vaccinator, db });
  });
});

describe("citizenAction", () => {
  it("refuses without a signed-in citizen, and passes the account to the body otherwise", async () => {
    const body = vi.fn(async () => ({ ok: true }));
    const action = citizenAction(schema, body);
    session.citizen = null;
    request.referer = "https://vaxport.example/account/beneficiaries/new";
    expect(await action({ ok: false }, form({ facilityId: "1" }))).toEqual({
      ok: false,
      message: "t:form.signInRequired",
      signInHref: "/sign-in?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew",
    });
    request.referer = null;
    expect(await action({ ok: false }, form({ facilityId: "1" }))).toMatchObject({ signInHref: "/sign-in" });
    // Without JavaScript: straight to sign-in, saying why and keeping the way back.
    request.script = false;
    request.referer = "https://vaxport.example/account/beneficiaries/new";
    await expect(action({ ok: false }, form({ facilityId: "1" }))).rejects.toThrow(new Redirect("/sign-in?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew&sessionEnded=1"));
    request.script = true;
    expect(body).not.toHaveBeenCalled();
    session.citizen = { kind: "citizen", accountId: "a1", mobile: "+919876543210" };
    await action({ ok: false }, form({ facilityId: "1" }));
    expect(body).toHaveBeenCalledWith({ facilityId: 1 }, { citizen: session.citizen, db });
  });
});
