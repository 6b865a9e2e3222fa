import { randomInt, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility, createGeography, createSession, createVaccine } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { getCountryPack } from "@/lib/country";
import { photoIdType } from "@/lib/country/photo-id";
import { samplePhotoId } from "@/lib/country/photo-id-samples";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { addBeneficiary, photoIdHash, removeBeneficiary, updateBeneficiary, type CitizenContext } from "./commands";
import { getBeneficiary, listBeneficiaries, registeredCount } from "./queries";
import { isValidReferenceId } from "./rules";
import { beneficiarySchema, editBeneficiarySchema } from "./schemas";

process.env.VAXPORT_HASH_KEY ??= "test-key";

const pack = getCountryPack("IN");
const LIMIT = pack.beneficiaryLimitPerAccount;
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const newAadhaar = () => samplePhotoId(photoIdType(pack, "AADHAAR")!);

/** A valid form submission, parsed by the same schema the action uses. */
function person(overrides: Record<string, unknown> = {}) {
  return beneficiarySchema(pack, 2026).parse({
    name: "Asha Devi",
    gender: "female",
    birthYear: "1985",
    photoIdType: "AADHAAR",
    photoIdNumber: newAadhaar(),
    ...overrides,
  });
}

async function newAccount(): Promise<CitizenContext> {
  const [account] = await t.db.insert(s.accounts).values({ mobile: `+9198${randomInt(10_000_000, 99_999_999)}` }).returning();
  return { accountId: account!.id, ip: "10.0.0.7" };
}

// The refusal counter lives in this test database too (the app's own store is never opened here).
const guard = () => ({ rateStore: postgresStore(t.db) });
const add = (who: CitizenContext, input = person()) => addBeneficiary(t.db, who, input, { limit: LIMIT, ...guard() });
const update = (who: CitizenContext, input: Parameters<typeof updateBeneficiary>[2]) => updateBeneficiary(t.db, who, input, guard());

async function added(who: CitizenContext, input = person()) {
  const result = await add(who, input);
  if (!result.ok) throw new Error(`expected the add to succeed, got ${result.reason}`);
  return result;
}

async function counterOf(who: CitizenContext) {
  const [row] = await t.db.select({ count: s.accounts.beneficiaryCount }).from(s.accounts).where(eq(s.accounts.id, who.accountId));
  return row!.count;
}

async function rowsOf(who: CitizenContext) {
  return t.db.select().from(s.beneficiaries).where(eq(s.beneficiaries.accountId, who.accountId));
}

async function auditOf(action: string, beneficiaryId: string) {
  return t.db.select().from(s.auditLog).where(and(eq(s.auditLog.action, action), eq(s.auditLog.entityId, beneficiaryId)));
}

async function vaccinationWorld() {
  const geo = await createGeography(t.db);
  const vaccine = await createVaccine(t.db);
  const facility = await createFacility(t.db, geo);
  const session = await createSession(t.db, facility, vaccine);
  return { vaccine, facility, session };
}

async function recordDose(beneficiaryId: string) {
  const { vaccine, facility } = await vaccinationWorld();
  await t.db.insert(s.doses).values({ beneficiaryId, doseNumber: 1, vaccineCode: vaccine.code, lot: "LOT1", facilityId: facility.id, administeredAt: new Date("2026-03-01T05:00:00Z") });
}

async function bookAppointment(beneficiaryId: string, status: s.Appointment["status"] = "booked") {
  const { session } = await vaccinationWorld();
  const [row] = await t.db
    .insert(s.appointments)
    .values({ beneficiaryId, sessionId: session.id, districtId: session.districtId, doseNumber: 1, status, confirmationNumber: randomUUID(), securityCode: "4321" })
    .returning();
  return { appointment: row!, session };
}

describe("adding", () => {
  it("stores a keyed hash and the last 4 characters, never the number, with a valid reference id, and audits it", async () => {
    const who = await newAccount();
    const input = person({ photoIdNumber: "9999 4105 7058" });
    const result = await added(who, input);
    const [row] = await rowsOf(who);
    expect(row).toMatchObject({ id: result.beneficiaryId, referenceId: result.referenceId, photoIdLast4: "7058", photoIdHash: photoIdHash("AADHAAR", "999941057058") });
    expect(JSON.stringify(row)).not.toContain("999941057058");
    expect(isValidReferenceId(result.referenceId)).toBe(true);
    const [entry] = await auditOf("beneficiary.added", result.beneficiaryId);
    expect(entry).toMatchObject({ actorType: "citizen", actorId: who.accountId, ip: "10.0.0.7", entityType: "beneficiary" });
    expect(JSON.stringify(entry?.summary)).not.toMatch(/7058/);
  });

  it(`allows ${LIMIT} people per account and refuses the next, changing nothing`, async () => {
    const who = await newAccount();
    for (let i = 0; i < LIMIT; i++) await added(who);
    expect(await add(who)).toEqual({ ok: false, reason: "limitReached" });
    expect(await counterOf(who)).toBe(LIMIT);
    expect(await rowsOf(who)).toHaveLength(LIMIT);
  });

  it("lets exactly the limit through when 8 adds rush one account at once", async () => {
    const who = await newAccount();
    const results = await Promise.all(Array.from({ length: 8 }, () => add(who)));
    expect(results.filter((r) => r.ok)).toHaveLength(LIMIT);
    // Each try holds a place in the photo-ID refusal budget while it runs, so tries beyond that budget are
    // turned away before they reach the cap; the ones that reach it and find no room say so.
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(reasons).toContain("limitReached");
    expect(reasons.every((reason) => reason === "limitReached" || reason === "tooManyPhotoIdAttempts")).toBe(true);
    expect(await counterOf(who)).toBe(LIMIT);
    expect(await rowsOf(who)).toHaveLength(LIMIT);
  });

  it("refuses a photo ID already registered on another account, and rolls the counter back", async () => {
    const first = await newAccount();
    const second = await newAccount();
    const photoIdNumber = newAadhaar();
    await added(first, person({ photoIdNumber }));
    expect(await add(second, person({ photoIdNumber }))).toEqual({ ok: false, reason: "duplicatePhotoId" });
    expect(await counterOf(second)).toBe(0);
    expect(await rowsOf(second)).toHaveLength(0);
  });

  it("treats the same characters under another ID type as another document", async () => {
    const first = await newAccount();
    const second = await newAccount();
    const photoIdNumber = newAadhaar();
    await added(first, person({ photoIdNumber }));
    expect((await add(second, person({ photoIdType: "RATION_CARD", photoIdNumber }))).ok).toBe(true);
  });

  it("retries with a new reference id when one collides", async () => {
    const who = await newAccount();
    const taken = (await added(who)).referenceId;
    const fresh = "1234567890128";
    const ids = [taken, taken, fresh];
    const result = await addBeneficiary(t.db, who, person(), { limit: LIMIT, newReferenceId: () => ids.shift()!, ...guard() });
    expect(result).toMatchObject({ ok: true, referenceId: fresh });
    expect(await counterOf(who)).toBe(2);
  });

  it("gives up after a few collisions, leaving the counter as it was", async () => {
    const who = await newAccount();
    const taken = (await added(who)).referenceId;
    await expect(addBeneficiary(t.db, who, person(), { limit: LIMIT, newReferenceId: () => taken, ...guard() })).rejects.toThrow();
    expect(await counterOf(who)).toBe(1);
  });
});

describe("reading", () => {
  it("lists the account's people with doses and booked appointments only, and never the hash", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who, person({ name: "First" }));
    await added(who, person({ name: "Second" }));
    await recordDose(beneficiaryId);
    const { appointment, session } = await bookAppointment(beneficiaryId);
    await bookAppointment(beneficiaryId, "cancelled");

    const list = await listBeneficiaries(t.db, who.accountId);
    expect(list.map((b) => b.name)).toEqual(["First", "Second"]);
    expect(list[0]!.doses).toEqual([{ doseNumber: 1, vaccineCode: expect.any(String), administeredAt: new Date("2026-03-01T05:00:00Z") }]);
    expect(list[0]!.appointments).toEqual([{ id: appointment.id, doseNumber: 1, date: session.date, startsAt: null, facilityName: expect.any(String) }]);
    expect(list[1]!.doses).toEqual([]);
    expect(JSON.stringify(list)).not.toContain("photoIdHash");
  });

  it("counts the people registered as the add command does, and nothing for another account", async () => {
    const who = await newAccount();
    expect(await registeredCount(t.db, who.accountId)).toBe(0);
    const { beneficiaryId } = await added(who);
    await added(who);
    expect(await registeredCount(t.db, who.accountId)).toBe(2);
    await removeBeneficiary(t.db, who, beneficiaryId);
    expect(await registeredCount(t.db, who.accountId)).toBe(1);
    expect(await registeredCount(t.db, randomUUID())).toBe(0);
  });

  it("shows another account nothing, and treats a malformed id as unknown", async () => {
    const owner = await newAccount();
    const stranger = await newAccount();
    const { beneficiaryId } = await added(owner);
    expect(await listBeneficiaries(t.db, stranger.accountId)).toEqual([]);
    expect(await getBeneficiary(t.db, stranger.accountId, beneficiaryId)).toBeNull();
    expect(await getBeneficiary(t.db, owner.accountId, beneficiaryId)).toMatchObject({ id: beneficiaryId });
    expect(await getBeneficiary(t.db, owner.accountId, "not-a-uuid")).toBeNull();
  });
});

describe("updating", () => {
  const edit = (beneficiaryId: string, overrides: Record<string, unknown> = {}) =>
    editBeneficiarySchema(pack, 2026).parse({
      beneficiaryId,
      name: "Asha Devi",
      gender: "female",
      birthYear: "1985",
      photoIdType: "AADHAAR",
      photoIdNumber: "",
      ...overrides,
    });

  it("changes the fields given, keeps a blank ID number, and audits the changed field names", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    const before = (await rowsOf(who))[0]!;
    expect(await update(who, edit(beneficiaryId, { name: "Asha Kumari", comorbidity: "on" }))).toEqual({ ok: true, changed: ["name", "comorbidity"] });
    const after = (await rowsOf(who))[0]!;
    expect(after).toMatchObject({ name: "Asha Kumari", comorbidity: true, photoIdHash: before.photoIdHash });
    const [entry] = await auditOf("beneficiary.updated", beneficiaryId);
    expect(entry?.summary).toEqual({ fields: ["name", "comorbidity"] });
  });

  it("changes the photo ID before any dose, and refuses to afterwards", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    const photoIdNumber = newAadhaar();
    expect(await update(who, edit(beneficiaryId, { photoIdNumber }))).toEqual({ ok: true, changed: ["photoId"] });
    expect((await rowsOf(who))[0]!.photoIdHash).toBe(photoIdHash("AADHAAR", photoIdNumber));

    await recordDose(beneficiaryId);
    expect(await update(who, edit(beneficiaryId, { photoIdNumber: newAadhaar() }))).toEqual({ ok: false, reason: "photoIdLocked" });
    expect(await update(who, edit(beneficiaryId, { photoIdNumber, name: "Asha K" }))).toEqual({ ok: true, changed: ["name"] });
    expect((await rowsOf(who))[0]!.photoIdHash).toBe(photoIdHash("AADHAAR", photoIdNumber));
  });

  it("needs the number when the ID type changes, and refuses another person's ID", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    expect(await update(who, edit(beneficiaryId, { photoIdType: "PAN" }))).toEqual({ ok: false, reason: "photoIdNumberRequired" });
    const other = person();
    await added(await newAccount(), other);
    expect(await update(who, edit(beneficiaryId, { photoIdNumber: other.photoIdNumber }))).toEqual({ ok: false, reason: "duplicatePhotoId" });
  });

  it("cannot touch another account's beneficiary", async () => {
    const owner = await newAccount();
    const stranger = await newAccount();
    const { beneficiaryId } = await added(owner);
    const before = await rowsOf(owner);
    expect(await update(stranger, edit(beneficiaryId, { name: "Taken Over", photoIdNumber: newAadhaar() }))).toEqual({ ok: false, reason: "notFound" });
    expect(await rowsOf(owner)).toEqual(before);
    expect(await auditOf("beneficiary.updated", beneficiaryId)).toEqual([]);
  });
});

describe("removing", () => {
  it("deletes the person and their cancelled appointments, frees a place, and audits it", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    await added(who);
    await bookAppointment(beneficiaryId, "cancelled");
    expect(await removeBeneficiary(t.db, who, beneficiaryId)).toEqual({ ok: true });
    expect((await rowsOf(who)).map((b) => b.id)).not.toContain(beneficiaryId);
    expect(await t.db.select().from(s.appointments).where(eq(s.appointments.beneficiaryId, beneficiaryId))).toEqual([]);
    expect(await counterOf(who)).toBe(1);
    expect(await auditOf("beneficiary.removed", beneficiaryId)).toHaveLength(1);
  });

  it("gives the freed place to a new person once the limit was reached", async () => {
    const who = await newAccount();
    const ids = [];
    for (let i = 0; i < LIMIT; i++) ids.push((await added(who)).beneficiaryId);
    expect((await add(who)).ok).toBe(false);
    await removeBeneficiary(t.db, who, ids[0]!);
    expect((await add(who)).ok).toBe(true);
    expect(await counterOf(who)).toBe(LIMIT);
  });

  it("refuses once a dose is recorded", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    await recordDose(beneficiaryId);
    expect(await removeBeneficiary(t.db, who, beneficiaryId)).toEqual({ ok: false, reason: "vaccinated" });
    expect(await rowsOf(who)).toHaveLength(1);
    expect(await counterOf(who)).toBe(1);
  });

  it("refuses while an appointment is booked", async () => {
    const who = await newAccount();
    const { beneficiaryId } = await added(who);
    await bookAppointment(beneficiaryId);
    expect(await removeBeneficiary(t.db, who, beneficiaryId)).toEqual({ ok: false, reason: "appointmentBooked" });
    expect(await rowsOf(who)).toHaveLength(1);
  });

  it("cannot remove another account's beneficiary, and says so as for an unknown one", async () => {
    const owner = await newAccount();
    const stranger = await newAccount();
    const { beneficiaryId } = await added(owner);
    expect(await removeBeneficiary(t.db, stranger, beneficiaryId)).toEqual({ ok: false, reason: "notFound" });
    expect(await removeBeneficiary(t.db, stranger, randomUUID())).toEqual({ ok: false, reason: "notFound" });
    expect(await rowsOf(owner)).toHaveLength(1);
    expect(await counterOf(owner)).toBe(1);
    expect(await counterOf(stranger)).toBe(0);
  });
});
