import { randomInt } from "node:crypto";
import { referenceIdFromBody } from "./rules";

type RandomInt = (min: number, max: number) => number;

/**
 * A fresh 13-digit reference id. Every digit comes from the CSPRNG, so neighbouring ids say nothing about
 * each other; uniqueness is the database's job (a collision is retried by the caller).
 */
export function generateReferenceId(random: RandomInt = randomInt): string {
  let body = String(random(1, 10));
  while (body.length < 12) body += String(random(0, 10));
  return referenceIdFromBody(body);
}
