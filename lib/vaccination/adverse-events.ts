import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { adverseEvents, doses } from "@/db/schema";
import { isUuid } from "@/lib/appointments/ids";
import { transact } from "@/lib/appointments/transaction";
import { clockOf } from "@/lib/appointments/types";
import { isoDateIn } from "@/lib/time/dates";
import { auditAsStaff } from "./audit";
import type { AefiSeverity } from "./schemas";
import type { AdverseEventResult, VaccinationOptions, VaccinatorScope } from "./types";

export interface AdverseEventRequest {
  doseId: string;
  severity: AefiSeverity;
  /** "YYYY-MM-DD", the country's calendar. */
  onsetOn: string;
  notes: string;
}

/**
 * Records an adverse event following immunization against a dose given at this facility (on any day:
 * events are often reported days later). The onset lies between the dose's day and today. The audit row
 * names the event and its severity; the notes, which are health information, stay in the event only.
 */
export async function recordAdverseEvent(db: Db, scope: VaccinatorScope, request: AdverseEventRequest, options: VaccinationOptions): Promise<AdverseEventResult> {
  if (!isUuid(request.doseId)) return { ok: false, reason: "notFound" };
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(request.onsetOn)) throw new Error("An onset date is YYYY-MM-DD (adverseEventSchema checks it)");
  return transact(db, async (tx): Promise<AdverseEventResult> => {
    const { today } = clockOf(options);
    const [dose] = await tx
      .select({ id: doses.id, administeredAt: doses.administeredAt })
      .from(doses)
      .where(and(eq(doses.id, request.doseId), eq(doses.facilityId, scope.facilityId)));
    if (!dose) return { ok: false, reason: "notFound" };
    const doseOn = isoDateIn(options.policy.timeZone, dose.administeredAt);
    if (request.onsetOn < doseOn) return { ok: false, reason: "onsetBeforeDose", doseOn };
    if (request.onsetOn > today) return { ok: false, reason: "onsetInFuture" };

    const id = randomUUID();
    await tx.insert(adverseEvents).values({ id, doseId: dose.id, severity: request.severity, onsetOn: request.onsetOn, notes: request.notes, reportedBy: scope.staffId });
    await auditAsStaff(tx, scope, "adverse_event.recorded", "adverse_event", [{ id, summary: { doseId: dose.id, severity: request.severity, onsetOn: request.onsetOn } }]);
    return { ok: true, adverseEventId: id };
  });
}
