import { z } from "zod";
import { beneficiarySchema, type PhotoIdPack } from "@/lib/beneficiaries/schemas";
import { withDigits } from "@/lib/forms/digits";

// What the vaccinator's forms post. Ids are only references: each command re-reads its rows for the
// vaccinator's facility and today. Messages are keys into the "validation" catalogue.

/** A form's idempotency key (a UUID fits); the same shape the appointments table accepts for booking keys. */
export const idempotencyKeyPattern = /^[A-Za-z0-9_-]{8,64}$/;
const idempotencyKey = z.string().regex(idempotencyKeyPattern);

export const markDoseSchema = z.object({
  appointmentId: z.uuid("vaccination.appointmentNotFound"),
  // Blank for a walk-in (no code to ask); digits in any script are read as 0–9.
  securityCode: withDigits(z.string().trim().regex(/^(?:[0-9]{4})?$/, "vaccination.securityCodeFormat"))
    .optional()
    .transform((code) => code || undefined),
  batchId: z.uuid("vaccination.batchRequired"),
  idempotencyKey,
});

/**
 * A person registered at the desk: the citizen path's fields and checks (name, gender, birth year, photo
 * ID of the pack's types), plus the mobile that finds or makes their account. The mobile is checked
 * loosely here; the command normalises it by the pack's rules and answers "invalidMobile" itself.
 */
export function walkInSchema(pack: PhotoIdPack, thisYear: number) {
  return beneficiarySchema(pack, thisYear).extend({
    sessionId: z.uuid("vaccination.sessionNotFound"),
    mobile: withDigits(
      z
        .string("vaccination.mobileRequired")
        .trim()
        .min(1, "vaccination.mobileRequired")
        .max(20, "tooLong")
        .regex(/^[+0-9 ()-]+$/, "mobile.invalid"),
    ),
    idempotencyKey,
  });
}

export const noShowSchema = z.object({ appointmentId: z.uuid("vaccination.appointmentNotFound") });

export const remainingNoShowsSchema = z.object({ sessionId: z.uuid("vaccination.sessionNotFound") });

export const correctDoseBatchSchema = z.object({
  doseId: z.uuid("vaccination.doseNotFound"),
  batchId: z.uuid("vaccination.batchRequired"),
});

export const aefiSeverities = ["minor", "severe", "serious"] as const;
export type AefiSeverity = (typeof aefiSeverities)[number];

/** The onset's range (not before the dose, not after today) needs the dose: the command checks it. */
export const adverseEventSchema = z.object({
  doseId: z.uuid("vaccination.doseNotFound"),
  severity: z.enum(aefiSeverities, "vaccination.severityRequired"),
  onsetOn: withDigits(z.iso.date("vaccination.onsetInvalid")),
  notes: z.string().default("").pipe(z.string().trim().max(1000, "tooLong")),
});

export type MarkDoseInput = z.output<typeof markDoseSchema>;
export type WalkInInput = z.output<ReturnType<typeof walkInSchema>>;
export type NoShowInput = z.output<typeof noShowSchema>;
export type RemainingNoShowsInput = z.output<typeof remainingNoShowsSchema>;
export type CorrectDoseBatchInput = z.output<typeof correctDoseBatchSchema>;
export type AdverseEventInput = z.output<typeof adverseEventSchema>;
