import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { addSession, citizen } from "@/lib/appointments/test-world";
import { markDose } from "./mark";
import { addBatch, at, bookedPerson, deskWorld, insertAppointments, options, recordDose, today } from "./test-world";
import { readVerifyPage } from "./verify-page";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

const scopeOf = (world: { facility: s.Facility }) => ({ facilityId: world.facility.id, today });

describe("readVerifyPage", () => {
  it("shows the person with the photo ID's last 4 only, the dose due, the verdict and the usable batches first to expire first", async () => {
    const world = await deskWorld(t.db);
    const later = await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2027-09-30" });
    const sooner = await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2027-01-31" });
    await addBatch(t.db, world.facility, world.vaccine, { expiresOn: "2026-11-19" });
    await addBatch(t.db, world.facility, world.vaccine, { dosesReceived: 5, dosesUsed: 3, dosesWasted: 2 });
    const person = await bookedPerson(t.db, world, { name: "Asha Verma", photoIdLast4: "4321" });

    const page = await readVerifyPage(t.db, scopeOf(world), world.session.id, person.appointment.id, options);
    expect(page!.person).toEqual({ name: "Asha Verma", birthYear: 1980, gender: "female", photoIdType: "AADHAAR", photoIdLast4: "4321" });
    expect(page!.appointment).toMatchObject({ status: "booked", doseNumber: 1, walkIn: false, codeLocked: false, doseId: null, slotEndsAt: "11:00:00" });
    expect(page!.verdict).toEqual({ ok: true, kind: "dose1" });
    expect(page!.batches.map((b) => b.id)).toEqual([sooner.id, world.batch.id, later.id]);
    // 09:30, slot until 11:00: a no-show waits for the slot's end.
    expect(page!.noShow).toEqual({ from: "11:00:00", open: false });
    expect((await readVerifyPage(t.db, scopeOf(world), world.session.id, person.appointment.id, at("2026-11-20T05:30:00Z")))!.noShow.open).toBe(true);
  });

  it("gives the booking rules' refusal when the dose is not due, and no batches once the person is vaccinated", async () => {
    const world = await deskWorld(t.db);
    const early = await citizen(t.db);
    await recordDose(t.db, early.ids[0]!, world.vaccine, world.facility, 1, new Date("2026-11-10T05:00:00Z"));
    const [second] = await insertAppointments(t.db, world.session, early.ids, { doseNumber: 2 });
    const refused = await readVerifyPage(t.db, scopeOf(world), world.session.id, second!.id, options);
    expect(refused!.verdict).toMatchObject({ ok: false, refusal: { reason: "tooEarly", doseNumber: 2, from: "2026-12-08" } });
    // Without a slot, a no-show waits for the session's last slot.
    expect(refused!.noShow.from).toBe("13:00:00");

    const person = await bookedPerson(t.db, world);
    const marked = await markDose(t.db, world.scope, { appointmentId: person.appointment.id, securityCode: person.appointment.securityCode, batchId: world.batch.id, idempotencyKey: crypto.randomUUID() }, options);
    expect(marked.ok).toBe(true);
    const done = await readVerifyPage(t.db, scopeOf(world), world.session.id, person.appointment.id, options);
    expect(done!.appointment).toMatchObject({ status: "completed", doseId: marked.ok ? marked.doseId : "" });
    expect(done!.verdict).toBeNull();
    expect(done!.batches).toEqual([]);
  });

  it("knows a walk-in needs no code and a locked appointment cannot be marked today", async () => {
    const world = await deskWorld(t.db);
    const walkIn = await bookedPerson(t.db, world);
    await t.db.update(s.appointments).set({ walkIn: true }).where(eq(s.appointments.id, walkIn.appointment.id));
    const locked = await bookedPerson(t.db, world);
    await t.db.update(s.appointments).set({ codeFailures: 5, codeFailuresOn: today }).where(eq(s.appointments.id, locked.appointment.id));
    const yesterday = await bookedPerson(t.db, world);
    await t.db.update(s.appointments).set({ codeFailures: 5, codeFailuresOn: "2026-11-19" }).where(eq(s.appointments.id, yesterday.appointment.id));

    const read = (id: string) => readVerifyPage(t.db, scopeOf(world), world.session.id, id, options);
    expect((await read(walkIn.appointment.id))!.appointment).toMatchObject({ walkIn: true, codeLocked: false });
    expect((await read(locked.appointment.id))!.appointment.codeLocked).toBe(true);
    expect((await read(yesterday.appointment.id))!.appointment.codeLocked).toBe(false);
  });

  it("finds nothing through another facility's scope, another session's id, or another day", async () => {
    const world = await deskWorld(t.db);
    const person = await bookedPerson(t.db, world);
    const elsewhere = await createFacility(t.db, world.geo);
    expect(await readVerifyPage(t.db, { facilityId: elsewhere.id, today }, world.session.id, person.appointment.id, options)).toBeNull();
    const sameDay = await addSession(t.db, world.facility, world.vaccine, { date: today, minAge: 45 });
    expect(await readVerifyPage(t.db, scopeOf(world), sameDay.session.id, person.appointment.id, options)).toBeNull();
    expect(await readVerifyPage(t.db, { ...scopeOf(world), today: "2026-11-21" }, world.session.id, person.appointment.id, options)).toBeNull();
    expect(await readVerifyPage(t.db, scopeOf(world), world.session.id, "not-a-uuid", options)).toBeNull();
  });
});
