import { createHmac, timingSafeEqual } from "node:crypto";
import { hashKey } from "./secret";

/** HMAC-SHA256 of a value under the server's hash key, scoped by purpose so hashes never cross uses. */
export function keyedHash(purpose: string, value: string, key = hashKey()): string {
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("base64url");
}

export function keyedHashMatches(purpose: string, value: string, expected: string, key = hashKey()): boolean {
  const actual = Buffer.from(keyedHash(purpose, value, key));
  const wanted = Buffer.from(expected);
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}
