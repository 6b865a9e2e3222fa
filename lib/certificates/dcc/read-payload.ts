import { z } from "zod";
import type { DccPayload } from "./payload";

// What a verifier needs of a signed payload before it shows anything: the DCC vaccination shape, loosely (other
// issuers add fields and use older versions; the EU schema itself is checked in the tests).
const text = z.string().max(200);
const vaccination = z.object({
  tg: text,
  vp: text,
  mp: text,
  ma: text,
  dn: z.number().int().min(1),
  sd: z.number().int().min(1),
  dt: text,
  co: text,
  is: text,
  ci: text,
});
const payload = z.object({
  ver: text,
  nam: z.object({ fn: text.optional(), fnt: text.optional(), gn: text.optional(), gnt: text.optional() }),
  dob: text,
  v: z.array(vaccination).min(1),
});

/** The payload when it has the DCC vaccination shape, else undefined. */
export function readDccPayload(value: unknown): DccPayload | undefined {
  const parsed = payload.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
