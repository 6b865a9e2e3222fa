import "server-only";
import type { Tx } from "@/db";
import { auditLog } from "@/db/schema";
import type { VaccinatorScope } from "./types";

/** One audit row per entity, with the vaccinator as actor, in the caller's transaction and one statement. */
export async function auditAsStaff(
  tx: Tx,
  scope: VaccinatorScope,
  action: string,
  entityType: string,
  entries: readonly { id: string | null; summary: Record<string, unknown> }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({ actorType: "staff" as const, actorId: scope.staffId, action, entityType, entityId: entry.id, ip: scope.ip, summary: entry.summary })),
  );
}
