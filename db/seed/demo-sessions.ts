import { randomUUID } from "node:crypto";
import type { NewSession } from "@/db/schema";
import { addDays } from "@/lib/time/dates";
import type { VaccineSpec } from "@/lib/country/types";
import type { Random } from "./random";

export const DEMO_DAYS = 7;
// Slot windows inside every facility's opening hours.
const SLOT_WINDOWS = [
  ["09:00:00", "11:00:00"],
  ["11:00:00", "13:00:00"],
  ["13:00:00", "15:00:00"],
  ["15:00:00", "17:00:00"],
] as const;

export interface SessionFacility {
  id: number;
  districtId: number;
  paid: boolean;
  vaccineCodes: string[];
}

export interface SlotRow {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** Splits a capacity over the slot windows so the slots add up to the session exactly. */
export function splitCapacity(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** Ages a session can open for: the demo's ages that the vaccine admits, or else the vaccine's own minimum. */
function sessionAges(vaccine: VaccineSpec, demoAges: readonly number[]): number[] {
  const ages = demoAges.filter((age) => age >= vaccine.minAgeYears && (vaccine.maxAgeYears === null || age <= vaccine.maxAgeYears));
  return ages.length > 0 ? ages : [vaccine.minAgeYears];
}

/** One or two sessions a day for a week, each with distinct (vaccine, minimum age), and four slots. */
export function planSessions(
  facility: SessionFacility,
  vaccines: ReadonlyMap<string, VaccineSpec>,
  fees: Readonly<Record<string, number>>,
  demoAges: readonly number[],
  firstDay: string,
  random: Random,
): { sessions: NewSession[]; slots: SlotRow[] } {
  const options = facility.vaccineCodes.flatMap((code) => {
    const vaccine = vaccines.get(code);
    return vaccine ? sessionAges(vaccine, demoAges).map((minAge) => ({ vaccine, minAge })) : [];
  });
  const sessions: NewSession[] = [];
  const slots: SlotRow[] = [];
  for (let day = 0; day < DEMO_DAYS; day++) {
    const count = random.next() < 0.5 ? 1 : 2;
    for (const { vaccine, minAge } of random.shuffle(options).slice(0, count)) {
      const id = randomUUID();
      const capacityDose1 = 10 * random.int(1, 10);
      const capacityDose2 = vaccine.primaryDoses >= 2 ? 10 * random.int(1, 6) : 0;
      const capacityPrecaution = vaccine.precautionMinDays !== null ? 10 * random.int(0, 3) : 0;
      sessions.push({
        id,
        facilityId: facility.id,
        districtId: facility.districtId,
        date: addDays(firstDay, day),
        vaccineCode: vaccine.code,
        minAge,
        capacityDose1,
        capacityDose2,
        capacityPrecaution,
        fee: facility.paid ? (fees[vaccine.code] ?? 0) : 0,
      });
      const capacities = splitCapacity(capacityDose1 + capacityDose2 + capacityPrecaution, SLOT_WINDOWS.length);
      SLOT_WINDOWS.forEach(([startsAt, endsAt], i) => slots.push({ sessionId: id, startsAt, endsAt, capacity: capacities[i] ?? 0 }));
    }
  }
  return { sessions, slots };
}

/** Two batches per vaccine a facility offers, expiring a few months to a year out. */
export function planStock(facilityId: number, vaccineCodes: readonly string[], today: string, random: Random) {
  return vaccineCodes.flatMap((code) =>
    [1, 2].map((n) => ({
      facilityId,
      vaccineCode: code,
      lot: `${code.slice(0, 3)}${random.int(10000, 99999)}${n}`,
      expiresOn: addDays(today, random.int(90, 360)),
      dosesReceived: 100 * random.int(5, 20),
    })),
  );
}
