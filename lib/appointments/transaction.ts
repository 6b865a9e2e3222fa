import "server-only";
import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";
import type { CitizenContext } from "./types";

/** Thrown inside a transaction to roll it back and answer with an expected failure. */
class Abort<T> extends Error {
  constructor(readonly result: T) {
    super("transaction aborted with an answer");
  }
}

export function abort<T>(result: T): never {
  throw new Abort(result);
}

/** Runs `body` in a transaction; `abort(result)` inside it rolls everything back and returns `result`. */
export async function transact<T>(db: Db, body: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(body);
  } catch (error) {
    if (error instanceof Abort) return error.result as T;
    throw error;
  }
}

/** One audit row per appointment, in the caller's transaction and one statement. */
export async function auditAppointments(tx: Tx, context: CitizenContext, action: string, entries: readonly { id: string; summary: Record<string, unknown> }[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      actorType: "citizen" as const,
      actorId: context.accountId,
      action,
      entityType: "appointment",
      entityId: entry.id,
      ip: context.ip ?? null,
      summary: entry.summary,
    })),
  );
}
