import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { bookAppointments } from "./commands";
import { rescheduleOptions } from "./manage-options";
import { getAppointment } from "./queries";
import { addSession, bookingWorld, citizen, newKey, options } from "./test-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.destroy());

/** One person booked into the first of two slots on 1 December; the same centre on 3 December; another centre on 2 December. */
async function world() {
  const w = await bookingWorld(t.db, { slots: [{ capacity: 5 }, { capacity: 5 }] });
  const later = await addSession(t.db, w.facility, w.vaccine, { date: "2026-12-03" }, [{ capacity: 5 }, { capacity: 1 }]);
  const elsewhere = await createFacility(t.db, w.geo);
  const near = await addSession(t.db, elsewhere, w.vaccine, { date: "2026-12-02" }, [{ capacity: 3 }]);
  const who = await citizen(t.db);
  const booked = await bookAppointments(t.db, who.context, { sessionId: w.session.id, slotId: w.slots[0]!.id, beneficiaryIds: who.ids, bookingKey: newKey() }, options);
  if (!booked.ok) throw new Error(JSON.stringify(booked));
  const view = (await getAppointment(t.db, who.context.accountId, booked.appointments[0]!.id))!;
  return { ...w, later, near, who, view };
}

describe("reschedule options", () => {
  it("offers the centre's other free slots (not the current one) and other centres' sessions", async () => {
    const w = await world();
    const offered = await rescheduleOptions(t.db, w.who.context.accountId, w.view, options);
    expect(offered.sameCentre.map((day) => [day.sessionId, day.slots.map((slot) => slot.slotId)])).toEqual([
      [w.session.id, [w.slots[1]!.id]],
      [w.later.session.id, w.later.slots.map((slot) => slot.id)],
    ]);
    expect(offered.nearby.map((option) => [option.sessionId, option.slotId])).toEqual([[w.near.session.id, w.near.slots[0]!.id]]);
  });

  it("leaves out full slots", async () => {
    const w = await world();
    const filler = await citizen(t.db);
    const full = await bookAppointments(t.db, filler.context, { sessionId: w.later.session.id, slotId: w.later.slots[1]!.id, beneficiaryIds: filler.ids, bookingKey: newKey() }, options);
    expect(full.ok).toBe(true);
    const offered = await rescheduleOptions(t.db, w.who.context.accountId, w.view, options);
    expect(offered.sameCentre.find((day) => day.sessionId === w.later.session.id)?.slots.map((slot) => slot.slotId)).toEqual([w.later.slots[0]!.id]);
  });

  it("offers nothing for another account's appointment", async () => {
    const w = await world();
    const stranger = await citizen(t.db);
    expect(await rescheduleOptions(t.db, stranger.context.accountId, w.view, options)).toEqual({ sameCentre: [], nearby: [] });
  });
});
