import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgError, PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION } from "./errors";
import * as s from "./schema";
import { createBeneficiary, createFacility, createGeography, createSession, createVaccine } from "./testing/fixtures";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

async function violation(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return pgError(error);
  }
  throw new Error("expected the database to refuse this write");
}

async function world() {
  const geo = await createGeography(t.db);
  const vaccine = await createVaccine(t.db);
  const facility = await createFacility(t.db, geo);
  const session = await createSession(t.db, facility, vaccine);
  return { geo, vaccine, facility, session };
}

const appointment = (beneficiaryId: string, session: s.Session, status: s.Appointment["status"] = "booked") => ({
  beneficiaryId,
  sessionId: session.id,
  districtId: session.districtId,
  doseNumber: 1,
  status,
  confirmationNumber: crypto.randomUUID(),
  securityCode: "1234",
});

describe("capacity", () => {
  it("refuses a booked count above capacity", async () => {
    const { session } = await world();
    const error = await violation(t.db.update(s.sessions).set({ bookedDose1: 11 }).where(eq(s.sessions.id, session.id)));
    expect(error).toMatchObject({ code: PG_CHECK_VIOLATION, constraint: "sessions_booked_dose1" });
  });

  it("never overbooks when many conditional updates race for the last seats", async () => {
    const { session } = await world();
    const attempts = Array.from({ length: 40 }, () =>
      t.db
        .update(s.sessions)
        .set({ bookedDose1: sql`${s.sessions.bookedDose1} + 1` })
        .where(and(eq(s.sessions.id, session.id), sql`${s.sessions.bookedDose1} + 1 <= ${s.sessions.capacityDose1}`))
        .returning({ booked: s.sessions.bookedDose1 }),
    );
    const taken = (await Promise.all(attempts)).filter((rows) => rows.length === 1);
    expect(taken).toHaveLength(10);
    const [row] = await t.db.select().from(s.sessions).where(eq(s.sessions.id, session.id));
    expect(row?.bookedDose1).toBe(10);
  });

  it("refuses a slot booked above its capacity", async () => {
    const { session } = await world();
    const error = await violation(
      t.db.insert(s.slots).values({ sessionId: session.id, startsAt: "09:00", endsAt: "11:00", capacity: 5, booked: 6 }),
    );
    expect(error).toMatchObject({ code: PG_CHECK_VIOLATION, constraint: "slots_booked" });
  });
});

describe("appointments", () => {
  it("allows one active appointment per beneficiary and dose, and a new one after cancelling", async () => {
    const { session } = await world();
    const { beneficiary } = await createBeneficiary(t.db);
    const [first] = await t.db.insert(s.appointments).values(appointment(beneficiary.id, session)).returning();
    const error = await violation(t.db.insert(s.appointments).values(appointment(beneficiary.id, session)));
    expect(error).toMatchObject({ code: PG_UNIQUE_VIOLATION, constraint: "appointments_one_active_per_dose" });

    await t.db.update(s.appointments).set({ status: "cancelled" }).where(eq(s.appointments.id, first!.id));
    await expect(t.db.insert(s.appointments).values(appointment(beneficiary.id, session))).resolves.toBeDefined();
  });

  it("requires a four-digit security code", async () => {
    const { session } = await world();
    const { beneficiary } = await createBeneficiary(t.db);
    const error = await violation(t.db.insert(s.appointments).values({ ...appointment(beneficiary.id, session), securityCode: "12a4" }));
    expect(error?.code).toBe(PG_CHECK_VIOLATION);
  });
});

describe("doses", () => {
  const dose = (beneficiaryId: string, facility: s.Facility, vaccine: s.Vaccine, doseNumber: number, idempotencyKey?: string) => ({
    beneficiaryId,
    doseNumber,
    vaccineCode: vaccine.code,
    lot: "LOT1",
    facilityId: facility.id,
    administeredAt: new Date(),
    idempotencyKey,
  });

  it("refuses dose 2 before dose 1 is recorded", async () => {
    const { facility, vaccine } = await world();
    const { beneficiary } = await createBeneficiary(t.db);
    const error = await violation(t.db.insert(s.doses).values(dose(beneficiary.id, facility, vaccine, 2)));
    expect(error).toMatchObject({ code: PG_FOREIGN_KEY_VIOLATION, constraint: "doses_previous_dose_fk" });
  });

  it("records each dose number once, and a retried key once", async () => {
    const { facility, vaccine } = await world();
    const { beneficiary } = await createBeneficiary(t.db);
    await t.db.insert(s.doses).values(dose(beneficiary.id, facility, vaccine, 1, "key-1"));
    await t.db.insert(s.doses).values(dose(beneficiary.id, facility, vaccine, 2, "key-2"));

    const again = await violation(t.db.insert(s.doses).values(dose(beneficiary.id, facility, vaccine, 1)));
    expect(again).toMatchObject({ code: PG_UNIQUE_VIOLATION, constraint: "doses_beneficiary_dose" });
    const retried = await t.db
      .insert(s.doses)
      .values(dose(beneficiary.id, facility, vaccine, 3, "key-2"))
      .onConflictDoNothing({ target: s.doses.idempotencyKey })
      .returning();
    expect(retried).toHaveLength(0);
  });
});

describe("identity", () => {
  it("keeps photo-ID hashes and reference ids unique system-wide", async () => {
    const { beneficiary } = await createBeneficiary(t.db);
    const samePhotoId = await violation(createBeneficiary(t.db, { photoIdHash: beneficiary.photoIdHash }));
    expect(samePhotoId?.code).toBe(PG_UNIQUE_VIOLATION);
    const sameReference = await violation(createBeneficiary(t.db, { referenceId: beneficiary.referenceId }));
    expect(sameReference?.code).toBe(PG_UNIQUE_VIOLATION);
  });

  it("accepts only 13-digit reference ids and E.164 mobiles", async () => {
    expect((await violation(createBeneficiary(t.db, { referenceId: "12345" })))?.code).toBe(PG_CHECK_VIOLATION);
    const error = await violation(t.db.insert(s.accounts).values({ mobile: "9876543210" }));
    expect(error).toMatchObject({ code: PG_CHECK_VIOLATION, constraint: "accounts_mobile_e164" });
  });
});

describe("staff and stock", () => {
  it("requires the scope column a role needs", async () => {
    const error = await violation(
      t.db.insert(s.staffUsers).values({ username: "v.noscope", passwordHash: "x", displayName: "V", role: "vaccinator" }),
    );
    expect(error).toMatchObject({ code: PG_CHECK_VIOLATION, constraint: "staff_users_scope" });
  });

  it("never uses or wastes more doses than a batch received", async () => {
    const { facility, vaccine } = await world();
    const error = await violation(
      t.db.insert(s.stockBatches).values({
        facilityId: facility.id,
        vaccineCode: vaccine.code,
        lot: "B1",
        expiresOn: "2027-01-01",
        dosesReceived: 10,
        dosesUsed: 8,
        dosesWasted: 3,
      }),
    );
    expect(error).toMatchObject({ code: PG_CHECK_VIOLATION, constraint: "stock_batches_counts" });
  });
});
