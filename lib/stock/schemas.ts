import { z } from "zod";
import { normaliseDigits } from "@/lib/forms/digits";
import { isIsoDate, isLot, MAX_BATCH_DOSES, MAX_LOT_LENGTH, MAX_WASTAGE_REASON_LENGTH, normaliseLot, wastageKeyPattern } from "./rules";

// What the stock forms post, checked alike in the browser and by the action. Messages are keys into the
// "validation" catalogue. Ids are only references: the commands re-read each batch within the facility.

/** Digits in any script; blank is missing; a whole number is a number, anything else is left to fail as not one. */
function countInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = normaliseDigits(value).replace(/[\s,]/g, "");
  if (text === "") return undefined;
  return /^[0-9]+$/.test(text) ? Number(text) : text;
}

const doses = z.preprocess(
  countInput,
  z
    .number({ error: (issue) => (issue.input === undefined ? "required" : "stock.dosesInvalid") })
    .int("stock.dosesInvalid")
    .min(1, "stock.dosesRange")
    .max(MAX_BATCH_DOSES, "stock.dosesRange"),
);

/** A received batch; `today` (the country's) is the earliest expiry accepted. */
export function receiveBatchSchema(today: string) {
  return z.object({
    vaccineCode: z.string("stock.vaccineRequired").min(1, "stock.vaccineRequired").max(32, "stock.vaccineRequired"),
    lot: z
      .string("required")
      .transform(normaliseLot)
      .pipe(
        z
          .string()
          .min(1, { error: "required", abort: true })
          .max(MAX_LOT_LENGTH, { error: "tooLong", abort: true })
          .refine(isLot, "stock.lotInvalid"),
      ),
    expiresOn: z
      .string("required")
      .trim()
      .min(1, { error: "required", abort: true })
      .refine(isIsoDate, { error: "stock.expiryInvalid", abort: true })
      .refine((day) => day >= today, "stock.expiryPast"),
    doses,
  });
}

export const wastageSchema = z.object({
  batchId: z.uuid("stock.batchNotFound"),
  doses,
  reason: z.string().trim().max(MAX_WASTAGE_REASON_LENGTH, "tooLong").optional(),
  wastageKey: z.string().regex(wastageKeyPattern),
});

export type ReceiveBatchInput = z.output<ReturnType<typeof receiveBatchSchema>>;
export type WastageInput = z.output<typeof wastageSchema>;
