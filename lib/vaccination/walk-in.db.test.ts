import { randomInt } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { isValidConfirmationNumber } from "@/lib/appointments/confirmation";
import { countViolations } from "@/lib/appointments/invariants";
import { photoIdHash } from "@/lib/beneficiaries/commands";
import { listBeneficiaries } from "@/lib/beneficiaries/queries";
import { isValidReferenceId } from "@/lib/beneficiaries/rules";
import { verhoeffCheckDigit } from "@/lib/country/checksums";
import { india } from "@/lib/country/packs/in";
import { markDose } from "./mark";
import { walkInSchema } from "./schemas";
import { addSession, addVaccinator, appointmentRow, at, auditOf, citizen, deskWorld, newKey, options, type DeskWorld } from "./test-world";
import type { VaccinatorScope, WalkInResult } from "./types";
import { registerWalkIn } from "./walk-in";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const aadhaar = () => {
  const body = `${randomInt(2, 10)}${String(randomInt(0, 1e10)).padStart(10, "0")}`;
  return `${body}${verhoeffCheckDigit(body)}`;
};
const mobileNumber = () => `9${String(randomInt(0, 1e9)).padStart(9, "0")}`;

/** The form as typed, through the schema the action uses. */
function form(world: DeskWorld, fields: Record<string, string> = {}) {
  return walkInSchema(india, 2026).parse({
    sessionId: world.session.id,
    mobile: mobileNumber(),
    name: "Meena  Kumari",
    gender: "female",
    birthYear: "1975",
    photoIdType: "AADHAAR",
    photoIdNumber: aadhaar(),
    idempotencyKey: newKey(),
    ...fields,
  });
}

const walkIn = (scope: VaccinatorScope, input: ReturnType<typeof form>, opts = options) => registerWalkIn(t.db, scope, input, opts);

function registered(result: WalkInResult) {
  if (!result.ok) throw new Error(`expected a registration, got ${JSON.stringify(result)}`);
  return result;
}

const sessionRow = async (id: string) => (await t.db.select().from(s.sessions).where(eq(s.sessions.id, id)))[0]!;
const accountByMobile = async (mobile: string) => (await t.db.select().from(s.accounts).where(eq(s.accounts.mobile, mobile)))[0];

describe("registering a walk-in", () => {
  it("makes the account, the person and a booked walk-in appointment on a dose-1 seat; the citizen can find them; no code is asked", async () => {
    const world = await deskWorld(t.db);
    const input = form(world, { mobile: "98765 4321" + randomInt(10) });
    const result = registered(await walkIn(world.scope, input));
    expect(result.replayed).toBe(false);
    expect(isValidReferenceId(result.referenceId)).toBe(true);
    expect(isValidConfirmationNumber(result.confirmationNumber)).toBe(true);

    const account = await accountByMobile(`+91${input.mobile.replace(/ /g, "")}`);
    expect(account).toMatchObject({ beneficiaryCount: 1 });
    const [person] = await listBeneficiaries(t.db, account!.id);
    expect(person).toMatchObject({ id: result.beneficiaryId, name: "Meena Kumari", birthYear: 1975, referenceId: result.referenceId });
    const [stored] = await t.db.select().from(s.beneficiaries).where(eq(s.beneficiaries.id, result.beneficiaryId));
    expect(stored).toMatchObject({ photoIdType: "AADHAAR", photoIdLast4: input.photoIdNumber.slice(-4) });
    expect(stored!.photoIdHash).not.toContain(input.photoIdNumber);

    expect(await appointmentRow(t.db, result.appointmentId)).toMatchObject({
      beneficiaryId: result.beneficiaryId,
      sessionId: world.session.id,
      slotId: null,
      doseNumber: 1,
      capacityKind: "dose1",
      status: "booked",
      walkIn: true,
      bookingKey: input.idempotencyKey,
    });
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 1 });
    expect(await countViolations(t.db, { sessionIds: [world.session.id] })).toMatchObject({ total: 0 });
    const [added] = await auditOf(t.db, "beneficiary.added", [result.beneficiaryId]);
    expect(added).toMatchObject({ actorType: "staff", actorId: world.scope.staffId, summary: { photoIdType: "AADHAAR", walkIn: true, newAccount: true } });
    expect(await auditOf(t.db, "appointment.booked", [result.appointmentId])).toHaveLength(1);

    const marked = await markDose(t.db, world.scope, { appointmentId: result.appointmentId, batchId: world.batch.id, idempotencyKey: newKey() }, options);
    expect(marked).toMatchObject({ ok: true, doseNumber: 1 });
  });

  it("adds the person to the mobile's existing account, up to its limit of 4", async () => {
    const world = await deskWorld(t.db);
    const family = await citizen(t.db, [{}, {}, {}]);
    const [account] = await t.db.select().from(s.accounts).where(eq(s.accounts.id, family.context.accountId));
    const national = account!.mobile.slice(3);

    const fourth = registered(await walkIn(world.scope, form(world, { mobile: national })));
    expect((await listBeneficiaries(t.db, account!.id)).map((p) => p.id)).toContain(fourth.beneficiaryId);
    expect((await auditOf(t.db, "beneficiary.added", [fourth.beneficiaryId]))[0]!.summary).toMatchObject({ newAccount: false });

    expect(await walkIn(world.scope, form(world, { mobile: national }))).toEqual({ ok: false, reason: "limitReached", limit: 4 });
    expect(await accountByMobile(account!.mobile)).toMatchObject({ beneficiaryCount: 4 });
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 1 });
  });

  it("refuses a photo ID registered anywhere, audits the refusal by type only, and takes no seat", async () => {
    const world = await deskWorld(t.db);
    const first = form(world);
    registered(await walkIn(world.scope, first));
    const again = form(world, { photoIdNumber: first.photoIdNumber, name: "Someone Else" });
    expect(await walkIn(world.scope, again)).toEqual({ ok: false, reason: "duplicatePhotoId" });
    expect(await accountByMobile(`+91${again.mobile}`)).toBeUndefined();
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 1 });
    const refusals = await t.db.select().from(s.auditLog).where(eq(s.auditLog.action, "beneficiary.duplicate_photo_id"));
    expect(refusals.find((r) => r.actorId === world.scope.staffId)).toMatchObject({ actorType: "staff", summary: { photoIdType: "AADHAAR", operation: "walk_in" } });
    expect(JSON.stringify(refusals)).not.toContain(first.photoIdNumber);
  });

  it("refuses when the session's dose-1 seats are gone, creating nobody", async () => {
    const world = await deskWorld(t.db, { session: { capacityDose1: 1 } });
    registered(await walkIn(world.scope, form(world)));
    const late = form(world);
    expect(await walkIn(world.scope, late)).toEqual({ ok: false, reason: "full" });
    expect(await accountByMobile(`+91${late.mobile}`)).toBeUndefined();
    expect(await t.db.select().from(s.beneficiaries).where(eq(s.beneficiaries.photoIdHash, photoIdHash("AADHAAR", late.photoIdNumber)))).toEqual([]);
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 1 });
  });

  it("answers a retry with the same key with the same person, sequentially and concurrently, registering once", async () => {
    const world = await deskWorld(t.db);
    const input = form(world);
    const first = registered(await walkIn(world.scope, input));
    expect(await walkIn(world.scope, input)).toEqual({ ...first, replayed: true });

    const twin = form(world);
    const twins = await Promise.all(Array.from({ length: 4 }, () => walkIn(world.scope, twin)));
    expect(twins.every((r) => r.ok)).toBe(true);
    expect(new Set(twins.map((r) => registered(r).appointmentId)).size).toBe(1);
    expect(twins.filter((r) => r.ok && !r.replayed)).toHaveLength(1);

    const walkIns = await t.db.select().from(s.appointments).where(eq(s.appointments.sessionId, world.session.id));
    expect(walkIns).toHaveLength(2);
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 2 });
    expect(await accountByMobile(`+91${twin.mobile}`)).toMatchObject({ beneficiaryCount: 1 });
  });

  it("answers 'notFound' for another facility's session and for yesterday's, and refuses a bad mobile and someone too young", async () => {
    const world = await deskWorld(t.db);
    const elsewhere = await addVaccinator(t.db, await createFacility(t.db, world.geo));
    const yesterday = await addSession(t.db, world.facility, world.vaccine, { date: "2026-11-19" });
    const notFound = { ok: false, reason: "notFound" };
    const tries = [form(world), form(world), form(world, { sessionId: yesterday.session.id })];

    expect(await walkIn(elsewhere, tries[0]!)).toEqual(notFound);
    expect(await walkIn(world.scope, tries[1]!, at("2026-11-21T04:00:00Z"))).toEqual(notFound);
    expect(await walkIn(world.scope, tries[2]!)).toEqual(notFound);
    expect(await walkIn(world.scope, form(world, { mobile: "12345" }))).toEqual({ ok: false, reason: "invalidMobile" });
    expect(await walkIn(world.scope, form(world, { birthYear: "2012" }))).toEqual({ ok: false, reason: "ineligible", refusal: { reason: "tooYoung", minAge: 18 } });

    const mobiles = tries.map((input) => `+91${input.mobile}`);
    expect(await t.db.select().from(s.accounts).where(inArray(s.accounts.mobile, mobiles))).toEqual([]);
    expect(await sessionRow(world.session.id)).toMatchObject({ bookedDose1: 0 });
    expect(await sessionRow(yesterday.session.id)).toMatchObject({ bookedDose1: 0 });
  });
});
