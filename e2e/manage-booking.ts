// Books an appointment on the e2e server's database through the booking core, as the booking page
// would: run with `tsx --conditions=react-server` (lib/appointments is server-only). Prints the booked
// appointment as JSON. Used by e2e/manage-fixtures.ts; the session is one the person can book.
import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "../db";
import * as schema from "../db/schema";
import { bookAppointments } from "../lib/appointments/commands";
import { bookingPolicy } from "../lib/appointments/types";
import { getCountryPack } from "../lib/country";
import { isoDateIn } from "../lib/time/dates";

async function main() {
  const [url, beneficiaryId, age] = process.argv.slice(2);
  if (!url || !beneficiaryId || !age) throw new Error("usage: manage-booking.ts <database url> <beneficiary id> <age>");
  const client = postgres(url, { max: 2, onnotice: () => {} });
  const db = drizzle(client, { schema }) as unknown as Db;
  try {
    const pack = getCountryPack(process.env.VAXPORT_COUNTRY ?? "IN");
    const [person] = await db.select({ accountId: schema.beneficiaries.accountId }).from(schema.beneficiaries).where(eq(schema.beneficiaries.id, beneficiaryId));
    if (!person) throw new Error(`No beneficiary ${beneficiaryId}`);
    const { sessions: s, slots: sl } = schema;
    // A session from tomorrow on with dose-1 seats, ages that fit, and at least two slots with room (one to move to).
    const roomy = db.select({ n: sql`count(*)` }).from(sl).where(and(eq(sl.sessionId, s.id), lte(sql`${sl.booked} + 1`, sl.capacity)));
    const [session] = await db
      .select({ id: s.id })
      .from(s)
      .where(
        and(
          gt(s.date, isoDateIn(pack.timeZone)),
          eq(s.status, "scheduled"),
          lte(sql`${s.bookedDose1} + 1`, s.capacityDose1),
          lte(s.minAge, Number(age)),
          or(isNull(s.maxAge), gt(s.maxAge, Number(age))),
          sql`(${roomy}) >= 2`,
        ),
      )
      .orderBy(asc(s.date), asc(s.id))
      .limit(1);
    if (!session) throw new Error("No bookable session in the e2e database");
    const [slot] = await db.select({ id: sl.id }).from(sl).where(and(eq(sl.sessionId, session.id), lte(sql`${sl.booked} + 1`, sl.capacity))).orderBy(asc(sl.startsAt)).limit(1);
    const result = await bookAppointments(
      db,
      { accountId: person.accountId, ip: null },
      { sessionId: session.id, slotId: slot!.id, beneficiaryIds: [beneficiaryId], bookingKey: `e2e-${beneficiaryId}` },
      { policy: bookingPolicy(pack) },
    );
    if (!result.ok) throw new Error(`Booking refused: ${JSON.stringify(result)}`);
    process.stdout.write(JSON.stringify(result.appointments[0]));
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
