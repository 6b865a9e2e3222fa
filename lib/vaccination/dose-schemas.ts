import { z } from "zod";
import { adverseEventSchema, correctDoseBatchSchema } from "./schemas";

// The dose page's forms: i9-core's request schemas plus the session the page belongs to, which the
// answer leads back to (the page itself checks that the dose is of that session and facility).

const sessionId = z.uuid("vaccination.sessionNotFound");

export const correctBatchFormSchema = correctDoseBatchSchema.extend({ sessionId });

export const adverseEventFormSchema = adverseEventSchema.extend({ sessionId });
