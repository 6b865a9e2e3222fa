import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { postgresStore } from "@/lib/rate-limit/postgres-store";
import { bookingAttemptWait } from "./attempt-limits";
import { readBookingPage } from "./booking-page";
import { bookAppointments } from "./commands";
import { bookingWorld, citizen, newKey, options } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

describe("readBookingPage", () => {
  it("shows the session's free seats and slots, and only the account's people, each eligible or with the reason", async () => {
    const world = await bookingWorld(t.db, { slots: [{ capacity: 3 }, { capacity: 2 }] });
    const family = await citizen(t.db, [{ name: "Adult", birthYear: 1980 }, { name: "Child", birthYear: 2015 }]);
    const other = await citizen(t.db, [{ name: "Stranger" }]);
    const booked = await bookAppointments(t.db, other.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: other.ids, bookingKey: newKey() }, options);
    expect(booked.ok).toBe(true);

    const page = await readBookingPage(t.db, family.context.accountId, world.session.id, options);
    expect(page).not.toBeNull();
    expect(page!.session.free.dose1).toBe(9);
    expect(page!.session.slots.map((s) => s.free)).toEqual([2, 2]);
    expect(page!.people.map((p) => p.name)).toEqual(["Adult", "Child"]);
    expect(page!.people[0]!.verdict).toEqual({ ok: true, doseNumber: 1, kind: "dose1" });
    expect(page!.people[1]!.verdict).toEqual({ ok: false, refusal: { reason: "tooYoung", minAge: 18 } });
    expect(page!.maxPeople).toBe(4);
  });

  it("says 'already booked' for someone with an active appointment for that dose", async () => {
    const world = await bookingWorld(t.db);
    const family = await citizen(t.db);
    await bookAppointments(t.db, family.context, { sessionId: world.session.id, slotId: world.slots[0]!.id, beneficiaryIds: family.ids, bookingKey: newKey() }, options);
    const page = await readBookingPage(t.db, family.context.accountId, world.session.id, options);
    expect(page!.people[0]!.verdict).toEqual({ ok: false, refusal: { reason: "alreadyBooked", doseNumber: 1 } });
  });

  it("answers null for an unknown or malformed session id", async () => {
    const family = await citizen(t.db);
    expect(await readBookingPage(t.db, family.context.accountId, "not-a-uuid", options)).toBeNull();
    expect(await readBookingPage(t.db, family.context.accountId, "00000000-0000-4000-8000-000000000000", options)).toBeNull();
  });
});

describe("bookingAttemptWait", () => {
  const limits = { perAccount: { limit: 3, windowSeconds: 600 }, perAddress: { limit: 5, windowSeconds: 600 } };
  const at = new Date("2026-11-20T04:01:00Z");

  it("lets an account try its limit, then says how long to wait; other accounts still may", async () => {
    const store = postgresStore(t.db);
    const ip = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const account = crypto.randomUUID();
    for (let i = 0; i < 3; i++) expect(await bookingAttemptWait(limits, account, ip, store, at)).toBeNull();
    expect(await bookingAttemptWait(limits, account, ip, store, at)).toEqual({ minutes: 9 });
    expect(await bookingAttemptWait(limits, crypto.randomUUID(), ip, store, at)).toBeNull();
  });

  it("limits one address across accounts", async () => {
    const store = postgresStore(t.db);
    const ip = `10.8.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 5; i++) expect(await bookingAttemptWait(limits, crypto.randomUUID(), ip, store, at)).toBeNull();
    expect(await bookingAttemptWait(limits, crypto.randomUUID(), ip, store, at)).not.toBeNull();
    expect(await bookingAttemptWait(limits, crypto.randomUUID(), `${ip}0`, store, at)).toBeNull();
  });
});
