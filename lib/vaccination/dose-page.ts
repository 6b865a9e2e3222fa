import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { adverseEvents, beneficiaries, doses, staffUsers, vaccines } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { listUsableBatches } from "@/lib/stock/queries";
import type { UsableBatch } from "@/lib/stock/types";
import { isoDateIn } from "@/lib/time/dates";
import type { AefiSeverity } from "./schemas";

// The dose page's read: one dose given at the staff member's facility in the session the address names,
// with what the corrections form may offer and the adverse events already recorded. Filtered in SQL by
// the facility: another facility's dose (or one of another session) is simply not there.

export interface DosePageScope {
  facilityId: number;
  /** The country's today, "YYYY-MM-DD". */
  today: string;
  timeZone: string;
}

export interface GivenDose {
  id: string;
  sessionId: string;
  personName: string;
  doseNumber: number;
  vaccineCode: string;
  vaccineName: string;
  batchId: string | null;
  lot: string;
  administeredAt: Date;
  /** The country's calendar day of `administeredAt`. */
  givenOn: string;
  vaccinatorName: string | null;
}

export interface RecordedAdverseEvent {
  id: string;
  severity: AefiSeverity;
  onsetOn: string;
  notes: string;
  reportedBy: string;
  recordedAt: Date;
}

export interface DosePage {
  dose: GivenDose;
  /** A batch may be corrected only on the day the dose was given (the command checks again). */
  correctable: boolean;
  /** Usable batches of the dose's vaccine other than its own; empty when not correctable. */
  otherBatches: UsableBatch[];
  adverseEvents: RecordedAdverseEvent[];
}

const vaccinator = alias(staffUsers, "vaccinator");
const reporter = alias(staffUsers, "reporter");

export async function readDosePage(db: Db, scope: DosePageScope, sessionId: string, doseId: string): Promise<DosePage | null> {
  if (!isUuid(sessionId) || !isUuid(doseId)) return null;
  const [row] = await db
    .select({
      id: doses.id,
      sessionId: doses.sessionId,
      personName: beneficiaries.name,
      doseNumber: doses.doseNumber,
      vaccineCode: doses.vaccineCode,
      vaccineName: vaccines.name,
      batchId: doses.stockBatchId,
      lot: doses.lot,
      administeredAt: doses.administeredAt,
      vaccinatorName: vaccinator.displayName,
    })
    .from(doses)
    .innerJoin(beneficiaries, eq(beneficiaries.id, doses.beneficiaryId))
    .innerJoin(vaccines, eq(vaccines.code, doses.vaccineCode))
    .leftJoin(vaccinator, eq(vaccinator.id, doses.vaccinatorId))
    .where(and(eq(doses.id, doseId), eq(doses.facilityId, scope.facilityId), eq(doses.sessionId, sessionId)));
  if (!row) return null;

  const dose: GivenDose = { ...row, sessionId, givenOn: isoDateIn(scope.timeZone, row.administeredAt) };
  const correctable = dose.givenOn === scope.today;
  const [usable, events] = await Promise.all([
    correctable ? listUsableBatches(db, scope.facilityId, dose.vaccineCode, scope.today) : Promise.resolve([]),
    db
      .select({
        id: adverseEvents.id,
        severity: adverseEvents.severity,
        onsetOn: adverseEvents.onsetOn,
        notes: adverseEvents.notes,
        reportedBy: reporter.displayName,
        recordedAt: adverseEvents.createdAt,
      })
      .from(adverseEvents)
      .innerJoin(reporter, eq(reporter.id, adverseEvents.reportedBy))
      .where(eq(adverseEvents.doseId, dose.id))
      .orderBy(asc(adverseEvents.createdAt), asc(adverseEvents.id)),
  ]);
  return { dose, correctable, otherBatches: usable.filter((batch) => batch.id !== dose.batchId), adverseEvents: events };
}
