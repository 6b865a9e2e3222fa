import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { getCountryPack } from "@/lib/country";
import { photoIdType } from "@/lib/country/photo-id";
import { samplePhotoId } from "@/lib/country/photo-id-samples";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { addBeneficiary, updateBeneficiary, type CitizenContext } from "./commands";
import { duplicatePhotoIdRefusals } from "./rules";
import { beneficiarySchema, editBeneficiarySchema } from "./schemas";

process.env.VAXPORT_HASH_KEY ??= "test-key";

// Whether an ID is registered is an oracle: each account hears "already registered" a few times a day.
const pack = getCountryPack("IN");
const REFUSALS = duplicatePhotoIdRefusals.limit;
const today = new Date("2026-11-29T10:00:00Z");
const tomorrow = new Date("2026-11-30T10:00:00Z");

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const aadhaar = () => samplePhotoId(photoIdType(pack, "AADHAAR")!);
const person = (photoIdNumber = aadhaar()) =>
  beneficiarySchema(pack, 2026).parse({ name: "Asha Devi", gender: "female", birthYear: "1985", photoIdType: "AADHAAR", photoIdNumber });
const edit = (beneficiaryId: string, photoIdNumber: string) =>
  editBeneficiarySchema(pack, 2026).parse({ beneficiaryId, name: "Asha Devi", gender: "female", birthYear: "1985", photoIdType: "AADHAAR", photoIdNumber });

async function newAccount(): Promise<CitizenContext> {
  const [account] = await t.db.insert(s.accounts).values({ mobile: `+9197${randomInt(10_000_000, 99_999_999)}` }).returning();
  return { accountId: account!.id, ip: "10.0.0.8" };
}

const options = (now = today) => ({ limit: 10, rateStore: postgresStore(t.db), now });
const add = (who: CitizenContext, photoIdNumber?: string, now = today) => addBeneficiary(t.db, who, person(photoIdNumber), options(now));
const update = (who: CitizenContext, beneficiaryId: string, photoIdNumber: string, now = today) =>
  updateBeneficiary(t.db, who, edit(beneficiaryId, photoIdNumber), options(now));

/** An ID that some other account already holds. */
async function takenId(): Promise<string> {
  const number = aadhaar();
  expect((await add(await newAccount(), number)).ok).toBe(true);
  return number;
}

async function refusalsAudited(who: CitizenContext) {
  return t.db
    .select()
    .from(s.auditLog)
    .where(and(eq(s.auditLog.action, "beneficiary.duplicate_photo_id"), eq(s.auditLog.actorId, who.accountId)));
}

async function peopleOf(who: CitizenContext) {
  return t.db.select().from(s.beneficiaries).where(eq(s.beneficiaries.accountId, who.accountId));
}

describe("duplicate photo-ID refusals", () => {
  it(`are answered ${REFUSALS} times a day per account; then the ID is not checked until tomorrow`, async () => {
    const who = await newAccount();
    const taken = await takenId();
    for (let i = 0; i < REFUSALS; i++) expect(await add(who, taken)).toEqual({ ok: false, reason: "duplicatePhotoId" });

    expect(await add(who, taken)).toEqual({ ok: false, reason: "tooManyPhotoIdAttempts" });
    // A free ID gets the same answer: nothing about any ID is said, and nothing is written.
    expect(await add(who)).toEqual({ ok: false, reason: "tooManyPhotoIdAttempts" });
    expect(await peopleOf(who)).toEqual([]);

    expect((await add(who, undefined, tomorrow)).ok).toBe(true);
    expect(await add(who, taken, tomorrow)).toEqual({ ok: false, reason: "duplicatePhotoId" });
  });

  it("are audited with the actor, address and ID type, never the number or its last digits", async () => {
    const who = await newAccount();
    const taken = await takenId();
    const { beneficiaryId } = (await add(who)) as { beneficiaryId: string };
    await add(who, taken);
    await update(who, beneficiaryId, taken);

    const rows = await refusalsAudited(who);
    expect(rows.map((row) => [row.entityId, row.summary])).toEqual([
      [null, { photoIdType: "AADHAAR", operation: "add" }],
      [beneficiaryId, { photoIdType: "AADHAAR", operation: "edit" }],
    ]);
    expect(rows.every((row) => row.actorType === "citizen" && row.ip === "10.0.0.8" && row.entityType === "beneficiary")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(taken.slice(-4));
  });

  it("from adding and from editing share one budget", async () => {
    const who = await newAccount();
    const taken = await takenId();
    const { beneficiaryId } = (await add(who)) as { beneficiaryId: string };
    for (let i = 0; i < REFUSALS; i++) {
      const result = i % 2 === 0 ? await add(who, taken) : await update(who, beneficiaryId, taken);
      expect(result).toEqual({ ok: false, reason: "duplicatePhotoId" });
    }
    expect(await update(who, beneficiaryId, aadhaar())).toEqual({ ok: false, reason: "tooManyPhotoIdAttempts" });
    expect(await add(who, taken)).toEqual({ ok: false, reason: "tooManyPhotoIdAttempts" });
    expect(await refusalsAudited(who)).toHaveLength(REFUSALS);
  });

  it("are the only outcomes counted: adds, ID changes and other refusals leave the budget whole", async () => {
    const who = await newAccount();
    const { beneficiaryId } = (await add(who)) as { beneficiaryId: string };
    for (let i = 0; i < REFUSALS + 2; i++) expect(await update(who, beneficiaryId, aadhaar())).toMatchObject({ ok: true });
    expect(await update(who, beneficiaryId, "")).toMatchObject({ ok: true });
    const stranger = await newAccount();
    for (let i = 0; i < REFUSALS + 2; i++) expect(await update(stranger, beneficiaryId, aadhaar())).toEqual({ ok: false, reason: "notFound" });

    const taken = await takenId();
    for (let i = 0; i < REFUSALS; i++) expect(await add(who, taken)).toEqual({ ok: false, reason: "duplicatePhotoId" });
    expect(await add(stranger, taken)).toEqual({ ok: false, reason: "duplicatePhotoId" });
  });

  it("cannot be outrun: of many tries at once, exactly the budget is told the ID is registered", async () => {
    const who = await newAccount();
    const taken = await takenId();
    const results = await Promise.all(Array.from({ length: REFUSALS * 2 }, () => add(who, taken)));
    expect(results.filter((r) => !r.ok && r.reason === "duplicatePhotoId")).toHaveLength(REFUSALS);
    expect(results.filter((r) => !r.ok && r.reason === "tooManyPhotoIdAttempts")).toHaveLength(REFUSALS);
    expect(await refusalsAudited(who)).toHaveLength(REFUSALS);
  });
});
