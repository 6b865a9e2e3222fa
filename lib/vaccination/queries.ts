import "server-only";
import type { Db } from "@/db";
import { vaccines } from "@/db/schema";
import type { VaccineSchedule } from "./rules";

/** Every vaccine's schedule, as the vaccine table holds it (a national admin may have changed it since seeding). */
export async function listVaccineSchedules(db: Db): Promise<VaccineSchedule[]> {
  return db
    .select({
      code: vaccines.code,
      primaryDoses: vaccines.primaryDoses,
      dose2MinDays: vaccines.dose2MinDays,
      dose2MaxDays: vaccines.dose2MaxDays,
      precautionMinDays: vaccines.precautionMinDays,
    })
    .from(vaccines);
}
